package nl.opstap.matching.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.matching.domain.placement.PlacementEndReason;
import nl.opstap.matching.domain.placement.Proposal;
import nl.opstap.matching.domain.placement.ProposalStage;
import nl.opstap.matching.domain.placement.RejectionReason;
import nl.opstap.matching.domain.placement.TrialOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A proposal as the organisation's professionals see it; parts not reached yet are absent")
public record ProposalView(
        UUID id,
        UUID vacancyId,
        UUID employerId,
        @Schema(description = "The candidate's pseudonymous client id; never shown to the employer") UUID clientId,
        ProposalStage stage,
        String note,
        String proposedBy,
        Instant proposedAt,
        Consent consent,
        Rejection rejection,
        Trial trialPlacement,
        Placement placement) {

    @Schema(description = "The client's consent to share their name with this employer")
    public record Consent(LocalDate consentedOn, String recordedBy, Instant recordedAt) {
    }

    @Schema(description = "The employer's reason for declining")
    public record Rejection(RejectionReason reason, String note) {
    }

    @Schema(description = "The trial placement (proefplaatsing) and its evaluation")
    public record Trial(UUID placementId, LocalDate startsOn, LocalDate plannedEndOn, TrialOutcome outcome, LocalDate evaluatedOn,
            String evaluation) {

        static Trial of(Proposal p) {
            return p.trialPlacementId == null ? null
                    : new Trial(p.trialPlacementId, p.trialStartsOn, p.trialPlannedEndOn, p.trialOutcome, p.trialEvaluatedOn, p.trialEvaluation);
        }
    }

    @Schema(description = "The placement and, once ended, its end")
    public record Placement(UUID placementId, ContractType contractType, Integer hoursPerWeek, LocalDate startsOn, LocalDate endsOn,
            LocalDate endedOn, PlacementEndReason endReason) {

        static Placement of(Proposal p) {
            return p.placementId == null ? null
                    : new Placement(p.placementId, p.contractType, p.hoursPerWeek, p.placedOn, p.contractEndsOn, p.placementEndedOn,
                            p.placementEndReason);
        }
    }

    static ProposalView of(Proposal p) {
        return new ProposalView(p.id, p.vacancyId, p.employerId, p.clientId, p.stage, p.note, p.proposedBy, p.proposedAt,
                p.consentedOn == null ? null : new Consent(p.consentedOn, p.consentRecordedBy, p.consentRecordedAt),
                p.rejectionReason == null ? null : new Rejection(p.rejectionReason, p.rejectionNote),
                Trial.of(p), Placement.of(p));
    }
}
