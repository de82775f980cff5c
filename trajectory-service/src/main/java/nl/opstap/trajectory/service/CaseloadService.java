package nl.opstap.trajectory.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.trajectory.config.TrajectoryConfig;
import nl.opstap.trajectory.domain.DevelopmentPlan;
import nl.opstap.trajectory.domain.PlanGoal;
import nl.opstap.trajectory.domain.Signal;
import nl.opstap.trajectory.domain.TimelineEntry;
import nl.opstap.trajectory.domain.Trajectory;
import nl.opstap.trajectory.domain.TrajectoryStatus;
import nl.opstap.trajectory.repository.DevelopmentPlanRepository;
import nl.opstap.trajectory.repository.TimelineRepository;
import nl.opstap.trajectory.repository.TrajectoryRepository;

/** Caseload views and the signals against lock-in and silent drop-out. */
@ApplicationScoped
public class CaseloadService {

    public record TrajectoryWithSignals(Trajectory trajectory, List<Signal> signals) {
    }

    private final TrajectoryRepository trajectories;
    private final DevelopmentPlanRepository plans;
    private final TimelineRepository timeline;
    private final TrajectoryService lifecycle;
    private final TrajectoryConfig config;

    CaseloadService(TrajectoryRepository trajectories, DevelopmentPlanRepository plans, TimelineRepository timeline,
            TrajectoryService lifecycle, TrajectoryConfig config) {
        this.trajectories = trajectories;
        this.plans = plans;
        this.timeline = timeline;
        this.lifecycle = lifecycle;
        this.config = config;
    }

    /** One page of a caseload, each trajectory with its signals; {@code signal} keeps only those that have it. */
    @Transactional
    public List<TrajectoryWithSignals> caseload(String tenant, String coach, TrajectoryStatus status, String phase, UUID clientId,
            Signal.Kind signal) {
        PanacheQuery<Trajectory> query = trajectories.caseload(tenant, coach, status, phase, clientId);
        return query.list().stream()
                .map(t -> new TrajectoryWithSignals(t, signals(t)))
                .filter(s -> signal == null || s.signals().stream().anyMatch(x -> x.kind() == signal))
                .toList();
    }

    @Transactional
    public List<Signal> signals(String tenant, UUID trajectoryId) {
        return signals(lifecycle.get(tenant, trajectoryId));
    }

    @Transactional
    public List<TimelineEntry> timeline(String tenant, UUID trajectoryId) {
        lifecycle.get(tenant, trajectoryId);
        return timeline.ofTrajectory(trajectoryId);
    }

    private List<Signal> signals(Trajectory t) {
        List<PlanGoal> goals = plans.current(t.id).map((DevelopmentPlan p) -> p.goals).orElse(List.of());
        LocalDate lastActivity = LocalDate.ofInstant(t.lastActivityAt, TrajectoryService.NL);
        return Signal.of(t, goals, lifecycle.today(), lastActivity, config.signals().approachingEnd(), config.signals().inactivity());
    }
}
