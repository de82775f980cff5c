package nl.opstap.trajectory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.support.domain.InvalidTransitionException;
import nl.opstap.support.domain.NotFoundException;
import nl.opstap.support.time.Netherlands;
import nl.opstap.trajectory.domain.DevelopmentPlan;
import nl.opstap.trajectory.domain.GoalCategory;
import nl.opstap.trajectory.domain.GoalDraft;
import nl.opstap.trajectory.domain.GoalStatus;
import nl.opstap.trajectory.domain.PlanGoal;
import nl.opstap.trajectory.domain.SignatureMethod;
import nl.opstap.trajectory.domain.TimelineKind;
import nl.opstap.trajectory.domain.Trajectory;
import nl.opstap.trajectory.repository.DevelopmentPlanRepository;

/** The individual development plan: versions, goals, and the signatures of client and coach. */
@ApplicationScoped
public class PlanService {

    private final DevelopmentPlanRepository plans;
    private final TrajectoryService trajectories;
    private final Timeline timeline;
    private final Clock clock;

    PlanService(DevelopmentPlanRepository plans, TrajectoryService trajectories, Timeline timeline, Clock clock) {
        this.plans = plans;
        this.trajectories = trajectories;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The current plan; not found when the trajectory has none yet. */
    @Transactional
    public DevelopmentPlan current(String tenant, UUID trajectoryId) {
        trajectories.requireExists(tenant, trajectoryId);
        return plans.current(trajectoryId).orElseThrow(() -> new NotFoundException("Development plan of trajectory", trajectoryId));
    }

    /**
     * Writes the plan. A material change (priority, or any goal's agreement) makes a new version that must
     * be signed again; the same content is no change at all.
     */
    @Transactional
    public DevelopmentPlan write(String tenant, UUID trajectoryId, GoalCategory priority, List<GoalDraft> goals, String actor) {
        Trajectory t = trajectories.get(tenant, trajectoryId);
        Optional<DevelopmentPlan> current = plans.current(trajectoryId);
        Optional<DevelopmentPlan> next = DevelopmentPlan.write(t, current, priority, goals, actor, clock.instant());
        if (next.isEmpty()) {
            return current.orElseThrow();
        }
        DevelopmentPlan plan = next.get();
        plans.persist(plan);
        timeline.record(t, actor, TimelineKind.PLAN_VERSION, "Development plan v" + plan.planVersion + " with " + goals.size()
                + " goal(s), priority " + priority + "; awaiting signatures");
        return plan;
    }

    /** Records the client's signature: how and when the client signed; {@code signedOn} defaults to today. */
    @Transactional
    public DevelopmentPlan signForClient(String tenant, UUID trajectoryId, SignatureMethod method, LocalDate signedOn, String recordedBy) {
        Trajectory t = trajectories.get(tenant, trajectoryId);
        DevelopmentPlan plan = currentToSign(trajectoryId);
        LocalDate today = Netherlands.today(clock);
        LocalDate on = signedOn == null ? today : signedOn;
        plan.signForClient(method, on, recordedBy, clock.instant(), today);
        timeline.record(t, recordedBy, TimelineKind.PLAN_SIGNED, "Plan v" + plan.planVersion + " signed by the client ("
                + method.name().toLowerCase().replace('_', ' ') + ", " + on + "), recorded by " + recordedBy);
        return plan;
    }

    @Transactional
    public DevelopmentPlan signForCoach(String tenant, UUID trajectoryId, String coach) {
        Trajectory t = trajectories.get(tenant, trajectoryId);
        DevelopmentPlan plan = currentToSign(trajectoryId);
        plan.signForCoach(coach, clock.instant());
        timeline.record(t, coach, TimelineKind.PLAN_SIGNED, "Plan v" + plan.planVersion + " signed for the coach");
        return plan;
    }

    private DevelopmentPlan currentToSign(UUID trajectoryId) {
        return plans.current(trajectoryId).orElseThrow(() -> new InvalidTransitionException("There is no development plan to sign"));
    }

    /** Progress on a goal is not a material change: same version, signatures stay. */
    @Transactional
    public DevelopmentPlan setGoalStatus(String tenant, UUID trajectoryId, UUID goalId, GoalStatus status, String actor) {
        Trajectory t = trajectories.get(tenant, trajectoryId);
        DevelopmentPlan plan = plans.current(trajectoryId).orElseThrow(() -> new NotFoundException("Goal", goalId));
        PlanGoal goal = plan.setGoalStatus(goalId, status);
        timeline.record(t, actor, TimelineKind.GOAL_STATUS, "Goal '" + goal.description + "' is " + status);
        return plan;
    }
}
