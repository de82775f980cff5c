package nl.opstap.trajectory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.trajectory.domain.Review;
import nl.opstap.trajectory.domain.ReviewDecision;
import nl.opstap.trajectory.domain.TimelineKind;
import nl.opstap.trajectory.domain.Trajectory;
import nl.opstap.trajectory.repository.DevelopmentPlanRepository;
import nl.opstap.trajectory.repository.ReviewRepository;

/** Progress reviews: who took part, progress per goal, the decision and when to look again. */
@ApplicationScoped
public class ReviewService {

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
    public Review record(String tenant, UUID trajectoryId, LocalDate heldOn, List<Review.Participant> participants,
            List<Review.GoalProgress> progress, ReviewDecision decision, LocalDate nextReviewOn, String notes, String actor) {
        Trajectory t = trajectories.get(tenant, trajectoryId);
        Review review = Review.record(t, plans.current(trajectoryId), programmes.definition(t.programmeId, t.programmeVersion), heldOn,
                participants, progress, decision, nextReviewOn, notes, actor, clock.instant(), trajectories.today());
        reviews.persist(review);
        timeline.record(t, actor, TimelineKind.REVIEW, "Review on " + heldOn + " with " + participants.size() + " participant(s): " + decision
                + (review.nextReviewOn == null ? "" : "; next review " + review.nextReviewOn));
        return review;
    }

    @Transactional
    public List<Review> ofTrajectory(String tenant, UUID trajectoryId) {
        trajectories.requireExists(tenant, trajectoryId);
        return reviews.ofTrajectory(trajectoryId);
    }
}
