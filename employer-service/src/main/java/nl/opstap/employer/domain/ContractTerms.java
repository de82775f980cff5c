package nl.opstap.employer.domain;

import java.time.LocalDate;

/** The terms of an SROI contract as agreed in the tender. */
public record ContractTerms(String contractingAuthority, String tenderReference, long contractSumCents, int sroiBasisPoints,
        LocalDate startsOn, LocalDate endsOn, String rulesetCode) {
}
