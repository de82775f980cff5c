package nl.opstap.trajectory.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.support.json.StoredJson;
import nl.opstap.trajectory.domain.AftercareContact;
import nl.opstap.trajectory.domain.DevelopmentPlan;
import nl.opstap.trajectory.domain.Extension;
import nl.opstap.trajectory.domain.ExtensionStatus;
import nl.opstap.trajectory.domain.GoalCategory;
import nl.opstap.trajectory.domain.GoalStatus;
import nl.opstap.trajectory.domain.PlanGoal;
import nl.opstap.trajectory.domain.Review;
import nl.opstap.trajectory.domain.ReviewDecision;
import nl.opstap.trajectory.domain.Signal;
import nl.opstap.trajectory.domain.TimelineEntry;
import nl.opstap.trajectory.domain.Trajectory;
import nl.opstap.trajectory.domain.TrajectoryStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The response shapes of the trajectory API, mapped from entities explicitly. */
final class TrajectoryViews {

    private TrajectoryViews() {
    }

    @Schema(name = "Trajectory", description = "A trajectory; the client appears only as a pseudonymous id")
    record TrajectoryView(UUID id, UUID clientId, UUID programmeId, int programmeVersion, String coach, TrajectoryStatus status,
            String phase, LocalDate startedOn, LocalDate plannedEndOn, LocalDate nextReviewOn, LocalDate endedOn, TrajectoryOutcome outcome,
            String outcomeNote, LocalDate placedOn, LocalDate aftercareEndsOn, Instant lastActivityAt, List<SignalView> signals) {

        static TrajectoryView of(Trajectory t, List<Signal> signals) {
            return new TrajectoryView(t.id, t.clientId, t.programmeId, t.programmeVersion, t.coach, t.status, t.phase, t.startedOn,
                    t.plannedEndOn, t.nextReviewOn, t.endedOn, t.outcome, t.outcomeNote, t.placedOn, t.aftercareEndsOn, t.lastActivityAt,
                    signals.stream().map(SignalView::of).toList());
        }
    }

    @Schema(name = "Signal", description = "OVERDUE_REVIEW, APPROACHING_MAXIMUM_END, MAXIMUM_END_PASSED, NO_RECENT_ACTIVITY or EXPIRED_GOAL, with the reason")
    record SignalView(Signal.Kind kind, String reason) {
        static SignalView of(Signal s) {
            return new SignalView(s.kind(), s.reason());
        }
    }

    @Schema(name = "DevelopmentPlan", description = "The current version of the development plan (ontwikkelplan) and its signatures")
    record PlanView(UUID id, int planVersion, GoalCategory priority, Instant createdAt, String createdBy, boolean signed,
            Instant clientSignedAt, String clientSignedBy, Instant coachSignedAt, String coachSignedBy, List<GoalView> goals) {

        static PlanView of(DevelopmentPlan p) {
            return new PlanView(p.id, p.planVersion, p.priority, p.createdAt, p.createdBy, p.isSigned(), p.clientSignedAt, p.clientSignedBy,
                    p.coachSignedAt, p.coachSignedBy, p.goals.stream().map(GoalView::of).toList());
        }
    }

    @Schema(name = "Goal")
    record GoalView(UUID id, GoalCategory category, String description, String measurableTarget, LocalDate dueOn, GoalStatus status) {
        static GoalView of(PlanGoal g) {
            return new GoalView(g.id, g.category, g.description, g.measurableTarget, g.dueOn, g.status);
        }
    }

    @Schema(name = "Review")
    record ReviewView(UUID id, LocalDate heldOn, JsonNode participants, JsonNode goalProgress, ReviewDecision decision,
            LocalDate nextReviewOn, String notes, Instant recordedAt, String recordedBy) {
        static ReviewView of(Review r) {
            return new ReviewView(r.id, r.heldOn, StoredJson.tree(r.participants), StoredJson.tree(r.goalProgress), r.decision, r.nextReviewOn, r.notes,
                    r.recordedAt, r.recordedBy);
        }
    }

    @Schema(name = "Extension", description = "An extension request; REFUSED ones carry the reason and a proposed exit")
    record ExtensionView(UUID id, int months, String reasonCode, String motivation, ExtensionStatus status, String refusalReason,
            TrajectoryOutcome proposedExit, Instant requestedAt, String requestedBy, Instant decidedAt, String decidedBy) {
        static ExtensionView of(Extension e) {
            return new ExtensionView(e.id, e.months, e.reasonCode, e.motivation, e.status, e.refusalReason, e.proposedExit, e.requestedAt,
                    e.requestedBy, e.decidedAt, e.decidedBy);
        }
    }

    @Schema(name = "AftercareContact")
    record AftercareContactView(UUID id, LocalDate contactOn, String kind, String notes, Instant recordedAt, String recordedBy) {
        static AftercareContactView of(AftercareContact c) {
            return new AftercareContactView(c.id, c.contactOn, c.kind, c.notes, c.recordedAt, c.recordedBy);
        }
    }

    @Schema(name = "TimelineEntry")
    record TimelineView(Instant occurredAt, String actor, String kind, String summary) {
        static TimelineView of(TimelineEntry e) {
            return new TimelineView(e.occurredAt, e.actor, e.kind, e.summary);
        }
    }
}
