package nl.opstap.employer.service;

import nl.opstap.employer.domain.SroiContract;

/** A contract's ledger in totals, in euro cents; {@code forecastCents} is null before the contract's first day has passed. */
public record LedgerSummary(SroiContract contract, long realisedCents, long remainingCents, Long forecastCents) {
}
