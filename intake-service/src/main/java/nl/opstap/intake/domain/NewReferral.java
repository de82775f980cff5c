package nl.opstap.intake.domain;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.TargetGroup;

/** A referral as the municipality sent it, validated at the edge: what a new referral and its client are made from. */
public record NewReferral(
        String municipalityReference,
        Bsn bsn,
        String givenNames,
        String familyName,
        LocalDate dateOfBirth,
        String phone,
        String email,
        String postcode,
        TargetGroup targetGroup,
        BenefitSituation benefitSituation,
        String question,
        UUID indicatedProgrammeId,
        LocalDate receivedOn) {
}
