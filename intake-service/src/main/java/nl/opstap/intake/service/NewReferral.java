package nl.opstap.intake.service;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.intake.domain.Bsn;

/** A validated referral as the use case receives it. */
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
        UUID indicatedProgrammeId) {
}
