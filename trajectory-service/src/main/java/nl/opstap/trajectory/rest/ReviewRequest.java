package nl.opstap.trajectory.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.trajectory.domain.Review;
import nl.opstap.trajectory.domain.ReviewDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

record ReviewRequest(
        @NotNull LocalDate heldOn,
        @Schema(description = "Who took part; a three-way review has client, coach and employer or supervisor")
        @NotEmpty @Size(max = 10) @Valid List<@NotNull ParticipantRequest> participants,
        @Size(max = 30) @Valid List<@NotNull GoalProgressRequest> goalProgress,
        @NotNull ReviewDecision decision,
        @Schema(description = "When to review next; default from the programme's review schedule") LocalDate nextReviewOn,
        @Size(max = 4000) String notes) {

    /** The next review comes after this one: a check of the input alone, so it is made here and names the field. */
    void checkDates() {
        if (nextReviewOn != null && !nextReviewOn.isAfter(heldOn)) {
            throw ProblemException.invalid("nextReviewOn", "must be after heldOn");
        }
    }

    List<Review.Participant> toParticipants() {
        return participants.stream().map(ParticipantRequest::toParticipant).toList();
    }

    List<Review.GoalProgress> toGoalProgress() {
        return goalProgress == null ? List.of() : goalProgress.stream().map(GoalProgressRequest::toGoalProgress).toList();
    }
}
