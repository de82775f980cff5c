package nl.opstap.trajectory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.trajectory.domain.DevelopmentPlan;
import nl.opstap.trajectory.domain.GoalCategory;
import nl.opstap.trajectory.domain.GoalStatus;
import nl.opstap.trajectory.domain.IllegalTransitionException;
import nl.opstap.trajectory.domain.PlanGoal;
import nl.opstap.trajectory.domain.Trajectory;
import nl.opstap.trajectory.domain.TrajectoryStatus;
import nl.opstap.trajectory.repository.DevelopmentPlanRepository;

/** The individual development plan: versions, goals, and the signatures of client and coach. */
@ApplicationScoped
public class PlanService {

    public enum Signer { CLIENT, COACH }

    /** A goal as a coach writes it. */
    public record GoalDraft(GoalCategory category, String description, String measurableTarget, LocalDate dueOn) {
    }

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

    @Transactional
    public Optional<DevelopmentPlan> current(String tenant, UUID trajectoryId) {
        trajectories.get(tenant, trajectoryId);
        return plans.current(trajectoryId);
    }

    /**
     * Writes the plan. A material change (priority, or any goal's agreement) makes a new version that must
     * be signed again; the same content is no change at all.
     */
    @Transactional
    public DevelopmentPlan write(String tenant, UUID trajectoryId, GoalCategory priority, List<GoalDraft> goals, String actor) {
        Trajectory t = trajectories.get(tenant, trajectoryId);
        t.requireStatus("change the plan", TrajectoryStatus.ACTIVE);
        Optional<DevelopmentPlan> current = plans.current(trajectoryId);
        DevelopmentPlan next = new DevelopmentPlan();
        next.id = UUID.randomUUID();
        next.trajectoryId = trajectoryId;
        next.planVersion = current.map(p -> p.planVersion + 1).orElse(1);
        next.priority = priority;
        next.createdAt = clock.instant();
        next.createdBy = actor;
        for (int i = 0; i < goals.size(); i++) {
            GoalDraft draft = goals.get(i);
            PlanGoal goal = new PlanGoal();
            goal.id = UUID.randomUUID();
            goal.position = i;
            goal.category = draft.category();
            goal.description = draft.description();
            goal.measurableTarget = draft.measurableTarget();
            goal.dueOn = draft.dueOn();
            goal.status = GoalStatus.OPEN;
            next.goals.add(goal);
        }
        if (current.isPresent() && !isMaterialChange(current.get(), next)) {
            return current.get();
        }
        plans.persist(next);
        timeline.record(t, actor, "PLAN_VERSION", "Development plan v" + next.planVersion + " with " + goals.size()
                + " goal(s), priority " + priority + "; awaiting signatures");
        return next;
    }

    @Transactional
    public DevelopmentPlan sign(String tenant, UUID trajectoryId, Signer signer, String actor) {
        Trajectory t = trajectories.get(tenant, trajectoryId);
        DevelopmentPlan plan = plans.current(trajectoryId)
                .orElseThrow(() -> new IllegalTransitionException("There is no development plan to sign"));
        if (signer == Signer.CLIENT) {
            if (plan.clientSignedAt != null) {
                throw new IllegalTransitionException("The client already signed plan v" + plan.planVersion);
            }
            plan.clientSignedAt = clock.instant();
            plan.clientSignedBy = actor;
        } else {
            if (plan.coachSignedAt != null) {
                throw new IllegalTransitionException("The coach already signed plan v" + plan.planVersion);
            }
            plan.coachSignedAt = clock.instant();
            plan.coachSignedBy = actor;
        }
        timeline.record(t, actor, "PLAN_SIGNED", "Plan v" + plan.planVersion + " signed for the " + signer.name().toLowerCase());
        return plan;
    }

    /** Progress on a goal is not a material change: same version, signatures stay. */
    @Transactional
    public DevelopmentPlan setGoalStatus(String tenant, UUID trajectoryId, UUID goalId, GoalStatus status, String actor) {
        Trajectory t = trajectories.get(tenant, trajectoryId);
        DevelopmentPlan plan = plans.current(trajectoryId).orElseThrow(() -> ProblemException.notFound("Goal", goalId));
        PlanGoal goal = plan.goals.stream().filter(g -> g.id.equals(goalId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Goal", goalId));
        goal.status = status;
        timeline.record(t, actor, "GOAL_STATUS", "Goal '" + goal.description + "' is " + status);
        return plan;
    }

    static boolean isMaterialChange(DevelopmentPlan current, DevelopmentPlan next) {
        if (current.priority != next.priority || current.goals.size() != next.goals.size()) {
            return true;
        }
        for (int i = 0; i < current.goals.size(); i++) {
            if (!current.goals.get(i).sameAgreementAs(next.goals.get(i))) {
                return true;
            }
        }
        return false;
    }
}
