package nl.opstap.matching.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.vocabulary.AgeBand;
import nl.opstap.matching.domain.CandidateProfile;
import nl.opstap.matching.domain.CommaList;
import nl.opstap.matching.domain.placement.Proposal;
import nl.opstap.matching.domain.placement.ProposalStage;
import nl.opstap.matching.domain.placement.TrialOutcome;
import nl.opstap.support.time.Netherlands;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = """
        A proposed candidate as the employer sees it: known by the proposal id, with an anonymous profile (no name, client \
        id, birth date, target group, postcode or health-related limits). Once identityShared is true, the candidate's name \
        is at intake-service, GET /shared-identities/{proposalId}, for this employer only.""")
public record EmployerProposalView(
        UUID proposalId,
        UUID vacancyId,
        String vacancyTitle,
        ProposalStage stage,
        LocalDate proposedOn,
        AnonymousProfile candidate,
        @Schema(description = "The client consented to share their name with you") boolean identityShared,
        ProposalView.Rejection rejection,
        @Schema(description = "The trial placement: dates and outcome") TrialSummary trialPlacement,
        ProposalView.Placement placement) {

    @Schema(description = "What the work needs to know of the candidate, and nothing that identifies them")
    public record AnonymousProfile(
            @Schema(description = "Age band instead of age") AgeBand ageBand,
            Integer hoursPerWeek,
            List<String> workTypes,
            @Schema(description = "The four employee competences, 1 (weak) to 5 (strong)") Competences competences,
            @Schema(description = "RIASEC interest scores 0-100 by letter") Map<String, Integer> interests,
            List<String> certificates,
            @Schema(description = "Estimated wage value (loonwaarde), % of normal productivity") Integer wageValuePercent,
            LocalDate availableFrom) {

        static AnonymousProfile of(CandidateProfile c) {
            return c == null ? null
                    : new AnonymousProfile(c.ageBand, c.hoursPerWeek, CommaList.split(c.workTypes),
                            new Competences(c.competenceSocial, c.competenceMotivation, c.competenceWork, c.competenceLearning),
                            c.riasecScores(), CommaList.split(c.certificates), c.wageValuePercent, c.availableFrom);
        }
    }

    public record Competences(Integer socialSkills, Integer motivation, Integer workSkills, Integer learningAttitude) {
    }

    public record TrialSummary(LocalDate startsOn, LocalDate plannedEndOn, TrialOutcome outcome) {
    }

    static EmployerProposalView of(Proposal p, String vacancyTitle, CandidateProfile candidate) {
        return new EmployerProposalView(p.id, p.vacancyId, vacancyTitle, p.stage, Netherlands.dateOf(p.proposedAt),
                AnonymousProfile.of(candidate), p.identityShared(),
                p.rejectionReason == null ? null : new ProposalView.Rejection(p.rejectionReason, p.rejectionNote),
                p.trialPlacementId == null ? null
                        : new TrialSummary(p.trialStartsOn, p.trialPlannedEndOn, p.trialOutcome),
                ProposalView.Placement.of(p));
    }
}
