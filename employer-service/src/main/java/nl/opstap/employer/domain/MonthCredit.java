package nl.opstap.employer.domain;

/** What one month of a placement is worth under a ruleset, and how that was computed, in words a reviewer can check. */
public record MonthCredit(long amountCents, String rule, String calculation) {
}
