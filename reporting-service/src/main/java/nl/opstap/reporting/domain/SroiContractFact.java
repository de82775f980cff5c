package nl.opstap.reporting.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A signed SROI contract: the obligation its credits count towards, over its term (both ends inclusive). */
public record SroiContractFact(UUID contractId, UUID employerId, String contractingAuthority, String tenderReference,
                               long obligationCents, LocalDate startsOn, LocalDate endsOn) {
}
