package nl.opstap.trajectory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.support.json.StoredJson;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.trajectory.domain.DevelopmentPlan;
import nl.opstap.trajectory.domain.GoalStatus;
import nl.opstap.trajectory.domain.PlanGoal;
import nl.opstap.trajectory.domain.Review;
import nl.opstap.trajectory.domain.ReviewDecision;
import nl.opstap.trajectory.domain.Trajectory;
import nl.opstap.trajectory.domain.TrajectoryStatus;
import nl.opstap.trajectory.repository.DevelopmentPlanRepository;
import nl.opstap.trajectory.repository.ReviewRepository;

/** Progress reviews: who took part, progress per goal, the decision and when to look again. */
@ApplicationScoped
public class ReviewService {

    public enum ParticipantRole { CLIENT, COACH, EMPLOYER, WORK_SUPERVISOR, OTHER }

    public record Participant(ParticipantRole role, String name) {
    }

    public record GoalProgress(UUID goalId, GoalStatus status, String note) {
    }

    private final ReviewRepository reviews;
    private final DevelopmentPlanRepository plans;
    private final TrajectoryService trajectories;
    private final ProgrammeService programmes;
    private final Timeline timeline;
    private final Clock clock;

    ReviewService(ReviewRepository reviews, DevelopmentPlanRepository plans, TrajectoryService trajectories, ProgrammeService programmes,
            Timeline timeline, Clock clock) {
        this.reviews = reviews;
        this.plans = plans;
        this.trajectories = trajectories;
        this.programmes = programmes;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional
    public Review record(String tenant, UUID trajectoryId, LocalDate heldOn, List<Participant> participants, List<GoalProgress> progress,
            ReviewDecision decision, LocalDate nextReviewOn, String notes, String actor) {
        Trajectory t = trajectories.get(tenant, trajectoryId);
        t.requireStatus("record a review", TrajectoryStatus.ACTIVE);
        if (heldOn.isBefore(t.startedOn) || heldOn.isAfter(trajectories.today())) {
            throw ProblemException.invalid("heldOn", "must lie between the start (" + t.startedOn + ") and today");
        }
        if (nextReviewOn != null && !nextReviewOn.isAfter(heldOn)) {
            throw ProblemException.invalid("nextReviewOn", "must be after heldOn");
        }
        DevelopmentPlan plan = plans.current(trajectoryId).orElse(null);
        for (int i = 0; i < progress.size(); i++) {
            GoalProgress p = progress.get(i);
            PlanGoal goal = plan == null ? null : plan.goals.stream().filter(g -> g.id.equals(p.goalId())).findFirst().orElse(null);
            if (goal == null) {
                throw ProblemException.invalid("goalProgress[" + i + "].goalId", "is not a goal of the current plan");
            }
            if (p.status() != null) {
                goal.status = p.status();
            }
        }
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.trajectoryId = trajectoryId;
        review.heldOn = heldOn;
        review.participants = StoredJson.write(participants);
        review.goalProgress = StoredJson.write(progress);
        review.decision = decision;
        review.nextReviewOn = nextReviewOn != null ? nextReviewOn
                : programmes.definition(t.programmeId, t.programmeVersion).nextReviewAfter(t.startedOn, heldOn);
        review.notes = notes;
        review.recordedAt = clock.instant();
        review.recordedBy = actor;
        reviews.persist(review);
        t.nextReviewOn = review.nextReviewOn;
        timeline.record(t, actor, "REVIEW", "Review on " + heldOn + " with " + participants.size() + " participant(s): " + decision
                + (review.nextReviewOn == null ? "" : "; next review " + review.nextReviewOn));
        return review;
    }

    @Transactional
    public List<Review> ofTrajectory(String tenant, UUID trajectoryId) {
        trajectories.get(tenant, trajectoryId);
        return reviews.ofTrajectory(trajectoryId);
    }
}
