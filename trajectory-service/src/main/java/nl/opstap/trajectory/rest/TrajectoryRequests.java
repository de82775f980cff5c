package nl.opstap.trajectory.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.trajectory.domain.GoalCategory;
import nl.opstap.trajectory.domain.GoalStatus;
import nl.opstap.trajectory.domain.ReviewDecision;
import nl.opstap.trajectory.service.PlanService;
import nl.opstap.trajectory.service.ReviewService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the trajectory API, validated at the edge. */
final class TrajectoryRequests {

    private TrajectoryRequests() {
    }

    record CoachRequest(@Schema(description = "Username of the consultant or jobcoach", example = "uw-jobcoach")
                        @NotBlank @Size(max = 100) String coach) {
    }

    record PhaseRequest(@Schema(description = "One of the programme's phases") @NotBlank @Size(max = 100) String phase) {
    }

    record EndRequest(@NotNull TrajectoryOutcome outcome, @NotNull LocalDate endedOn, @Size(max = 2000) String note) {
    }

    record PlanRequest(
            @Schema(description = "What the plan gives priority to") @NotNull GoalCategory priority,
            @NotEmpty @Size(max = 30) @Valid List<@NotNull GoalRequest> goals) {
    }

    record GoalRequest(
            @NotNull GoalCategory category,
            @Schema(example = "Zelfstandig een werkdag van 6 uur volhouden") @NotBlank @Size(max = 1000) String description,
            @Schema(example = "4 weken achtereen 3 dagen per week 6 uur aanwezig") @NotBlank @Size(max = 1000) String measurableTarget,
            @NotNull LocalDate dueOn) {

        PlanService.GoalDraft toDraft() {
            return new PlanService.GoalDraft(category, description.strip(), measurableTarget.strip(), dueOn);
        }
    }

    record SignatureRequest(@Schema(description = "Whose signature is recorded: the client's or the coach's") @NotNull PlanService.Signer signer) {
    }

    record GoalStatusRequest(@NotNull GoalStatus status) {
    }

    record ReviewRequest(
            @NotNull LocalDate heldOn,
            @Schema(description = "Who took part; a three-way review has client, coach and employer or supervisor")
            @NotEmpty @Size(max = 10) @Valid List<@NotNull ParticipantRequest> participants,
            @Size(max = 30) @Valid List<@NotNull GoalProgressRequest> goalProgress,
            @NotNull ReviewDecision decision,
            @Schema(description = "When to review next; default from the programme's review schedule") LocalDate nextReviewOn,
            @Size(max = 4000) String notes) {
    }

    record ParticipantRequest(@NotNull ReviewService.ParticipantRole role, @NotBlank @Size(max = 100) String name) {
    }

    record GoalProgressRequest(@NotNull UUID goalId, GoalStatus status, @Size(max = 2000) String note) {
    }

    record ExtensionRequest(
            @Min(1) @Max(24) int months,
            @Schema(example = "PLACEMENT_IN_SIGHT") @NotNull @Size(max = 60) @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}") String reasonCode,
            @Size(max = 2000) String motivation,
            @Schema(description = "The exit proposed should the extension be refused; default REFERRED_BACK") TrajectoryOutcome proposedExit) {
    }

    record RefusalRequest(@NotBlank @Size(max = 500) String reason, TrajectoryOutcome proposedExit) {
    }

    record AftercareContactRequest(
            @NotNull LocalDate contactOn,
            @NotNull @Size(max = 20) @Pattern(regexp = "PHONE|VISIT_EMPLOYER|JOBCOACHING|OTHER", message = "must be PHONE, VISIT_EMPLOYER, JOBCOACHING or OTHER")
            String kind,
            @Size(max = 4000) String notes) {
    }
}
