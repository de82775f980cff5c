package nl.opstap.employer.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.employer.domain.ContractStatus;
import nl.opstap.employer.domain.SroiContract;

public record ContractView(UUID id, UUID contractorEmployerId, String contractingAuthority, String tenderReference, long contractSumCents,
        BigDecimal sroiPercentage, long obligationCents, LocalDate startsOn, LocalDate endsOn, String rulesetCode, Integer rulesetVersion,
        ContractStatus status, Instant signedAt, String signedBy) {

    static ContractView of(SroiContract c) {
        return new ContractView(c.id, c.contractorEmployerId, c.contractingAuthority, c.tenderReference, c.contractSumCents,
                BigDecimal.valueOf(c.sroiBasisPoints, 2), c.obligationCents, c.startsOn, c.endsOn, c.rulesetCode, c.rulesetVersion, c.status,
                c.signedAt, c.signedBy);
    }
}
