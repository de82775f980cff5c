package nl.opstap.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An SROI contract was signed: from now on placements and approved manual entries are credited towards its
 * obligation. Carries what a report of obligation, realised and remaining needs; the people who drafted and signed
 * it stay in employer-service.
 *
 * @param obligationCents   the social-return obligation: contract sum × percentage, rounded down to the cent
 * @param sroiBasisPoints   the percentage of the contract sum in hundredths of a percent (500 = 5%)
 * @param rulesetCode       code and version of the ruleset the contract was signed under, as code@version
 */
public record SroiContractSigned(
        UUID contractId,
        UUID employerId,
        String contractingAuthority,
        String tenderReference,
        long contractSumCents,
        int sroiBasisPoints,
        long obligationCents,
        LocalDate startsOn,
        LocalDate endsOn,
        String rulesetCode) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.SROI_CONTRACT_SIGNED;
    }
}
