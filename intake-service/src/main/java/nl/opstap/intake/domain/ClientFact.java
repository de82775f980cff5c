package nl.opstap.intake.domain;

import java.time.LocalDate;

/**
 * One fact about a client that a programme criterion can test, with where it came from so an explanation
 * can say "ladder step 4, assessed 2 Nov 2026".
 *
 * @param value  the value as text (a number, an enum name, true/false)
 * @param source what recorded it, e.g. "PARTICIPATION_LADDER" or "referral"
 * @param asOf   the date the fact was assessed or reported; null when it is a default
 */
public record ClientFact(String value, String source, LocalDate asOf) {
}
