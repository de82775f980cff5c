package nl.opstap.reporting.domain;

import java.util.UUID;

/**
 * One SROI credit for an employer under a contract, in cents: a month of a placement (with its client), or an approved
 * manual entry, which has no client and so belongs to no programme or municipality.
 */
public record SroiCreditFact(UUID employerId, UUID contractId, UUID clientId, String period, long amountCents, boolean manual) {
}
