package nl.opstap.reporting.domain;

import java.util.UUID;

/** One month of SROI credit for an employer under a contract, in cents. */
public record SroiCreditFact(UUID employerId, UUID contractId, UUID clientId, String period, long amountCents) {
}
