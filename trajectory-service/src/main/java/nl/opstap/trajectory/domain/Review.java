package nl.opstap.trajectory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.support.json.StoredJson;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A progress review, often three-way: client, coach and employer or work supervisor. */
@Entity
@Table(name = "review")
public class Review {

    public enum ParticipantRole { CLIENT, COACH, EMPLOYER, WORK_SUPERVISOR, OTHER }

    public record Participant(ParticipantRole role, String name) {
    }

    public record GoalProgress(UUID goalId, GoalStatus status, String note) {
    }

    @Id
    public UUID id;

    @Column(name = "trajectory_id", nullable = false)
    public UUID trajectoryId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    /** JSON list of {role, name}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String participants;

    /** JSON list of {goalId, status, note}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "goal_progress", nullable = false, columnDefinition = "jsonb")
    public String goalProgress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewDecision decision;

    @Column(name = "next_review_on")
    public LocalDate nextReviewOn;

    public String notes;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /**
     * Records a review of an active trajectory, held between its start and today: progress moves the plan's goals,
     * and the trajectory's next review is the one given or else the programme's next planned one.
     */
    public static Review record(Trajectory trajectory, Optional<DevelopmentPlan> plan, ProgrammeDefinition programme, LocalDate heldOn,
            List<Participant> participants, List<GoalProgress> progress, ReviewDecision decision, LocalDate nextReviewOn, String notes,
            String actor, Instant now, LocalDate today) {
        trajectory.requireStatus("record a review", TrajectoryStatus.ACTIVE);
        trajectory.requireWithinRunningPeriod(heldOn, today);
        for (int i = 0; i < progress.size(); i++) {
            GoalProgress p = progress.get(i);
            int position = i;
            PlanGoal goal = plan.flatMap(current -> current.goal(p.goalId())).orElseThrow(() -> new UnknownGoalException(position));
            if (p.status() != null) {
                goal.progressTo(p.status());
            }
        }
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.trajectoryId = trajectory.id;
        review.heldOn = heldOn;
        review.participants = StoredJson.write(participants);
        review.goalProgress = StoredJson.write(progress);
        review.decision = decision;
        review.nextReviewOn = nextReviewOn != null ? nextReviewOn : programme.nextReviewAfter(trajectory.startedOn, heldOn);
        review.notes = notes;
        review.recordedAt = now;
        review.recordedBy = actor;
        trajectory.scheduleNextReview(review.nextReviewOn);
        return review;
    }
}
