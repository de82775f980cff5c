package nl.opstap.intake.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.intake.domain.Referral;
import nl.opstap.intake.domain.ReferralStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A referral and where it stands; never contains the BSN")
public record ReferralView(
        UUID id,
        @Schema(description = "Pseudonymous client id used in all events")
        UUID clientId,
        String municipalityCode,
        String municipalityReference,
        TargetGroup targetGroup,
        BenefitSituation benefitSituation,
        @Schema(description = "RECEIVED, INTAKE_PLANNED, ADMITTED (to programmeId) or REFERRED_BACK (terugmelding, with statusReason)")
        ReferralStatus status,
        String statusReason,
        UUID programmeId,
        @Schema(description = "Planned intake date, once INTAKE_PLANNED")
        LocalDate intakePlannedOn,
        @Schema(description = "The consultant's explanation of the decision, for the municipality")
        String decisionNote,
        @Schema(description = "The day the municipality sent the referral")
        LocalDate receivedOn,
        @Schema(description = "The day of the admission or referral-back decision")
        LocalDate decidedOn,
        @Schema(description = "When the referral was recorded")
        Instant receivedAt,
        Instant statusChangedAt) {

    static ReferralView of(Referral r) {
        return new ReferralView(r.id, r.clientId, r.municipalityCode, r.municipalityReference, r.targetGroup, r.benefitSituation,
                r.status, r.statusReason, r.programmeId, r.intakePlannedOn, r.decisionNote, r.receivedOn, r.decidedOn,
                r.receivedAt, r.statusChangedAt);
    }
}
