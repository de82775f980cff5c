package nl.opstap.trajectory.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.support.time.Netherlands;
import nl.opstap.trajectory.config.TrajectoryConfig;
import nl.opstap.trajectory.domain.DevelopmentPlan;
import nl.opstap.trajectory.domain.Signal;
import nl.opstap.trajectory.domain.SignalDigest;
import nl.opstap.trajectory.domain.TimelineEntry;
import nl.opstap.trajectory.domain.Trajectory;
import nl.opstap.trajectory.domain.TrajectoryStatus;
import nl.opstap.trajectory.repository.DevelopmentPlanRepository;
import nl.opstap.trajectory.repository.SignalDigestRepository;
import nl.opstap.trajectory.repository.TimelineRepository;
import nl.opstap.trajectory.repository.TrajectoryRepository.CaseloadFilter;
import nl.opstap.trajectory.repository.TrajectoryRepository;

/** Caseload views and the signals against lock-in and silent drop-out. */
@ApplicationScoped
public class CaseloadService {

    public record TrajectoryWithSignals(Trajectory trajectory, List<Signal> signals) {
    }

    private static final int PLANS_PER_QUERY = 500;

    private final TrajectoryRepository trajectories;
    private final DevelopmentPlanRepository plans;
    private final TimelineRepository timeline;
    private final TrajectoryService lifecycle;
    private final TrajectoryConfig config;
    private final SignalDigestRepository digests;
    private final Clock clock;

    CaseloadService(TrajectoryRepository trajectories, DevelopmentPlanRepository plans, TimelineRepository timeline,
            TrajectoryService lifecycle, TrajectoryConfig config, SignalDigestRepository digests, Clock clock) {
        this.trajectories = trajectories;
        this.plans = plans;
        this.timeline = timeline;
        this.lifecycle = lifecycle;
        this.config = config;
        this.digests = digests;
        this.clock = clock;
    }

    /** One page of a caseload, and how many trajectories the whole caseload holds. */
    public record CaseloadPage(List<TrajectoryWithSignals> items, long totalItems) {
    }

    /** A page of a caseload, each trajectory with its signals; {@code signal} keeps only those that have it. */
    @Transactional
    public CaseloadPage caseload(String tenant, String coach, TrajectoryStatus status, String phase, UUID clientId, Signal.Kind signal,
            int page, int size) {
        CaseloadFilter filter = trajectories.caseloadFilter(tenant, coach, status, phase, clientId);
        PanacheQuery<Trajectory> query = trajectories.caseload(filter);
        if (signal == null) {
            return new CaseloadPage(withSignals(query.page(page, size).list()), trajectories.countCaseload(filter));
        }
        // Signals are computed, not stored: a signal filter reads the whole filtered caseload and pages in memory.
        List<TrajectoryWithSignals> signalled = withSignals(query.list()).stream()
                .filter(s -> s.signals().stream().anyMatch(x -> x.kind() == signal)).toList();
        return new CaseloadPage(signalled.stream().skip((long) page * size).limit(size).toList(), signalled.size());
    }

    /** The signals of a trajectory the caller already holds (and was allowed to see). */
    @Transactional
    public List<Signal> signals(Trajectory t) {
        return signals(t, plans.current(t.id).map(DevelopmentPlan::openGoals).orElse(List.of()));
    }

    /** Trajectories with their signals, the plans of all of them read at once. */
    private List<TrajectoryWithSignals> withSignals(List<Trajectory> shown) {
        List<TrajectoryWithSignals> result = new ArrayList<>(shown.size());
        for (int from = 0; from < shown.size(); from += PLANS_PER_QUERY) {
            List<Trajectory> chunk = shown.subList(from, Math.min(shown.size(), from + PLANS_PER_QUERY));
            Map<UUID, List<Signal.OpenGoal>> goals = plans.openGoalsOfCurrentPlans(chunk.stream().map(t -> t.id).toList());
            chunk.forEach(t -> result.add(new TrajectoryWithSignals(t, signals(t, goals.getOrDefault(t.id, List.of())))));
        }
        return result;
    }

    private List<Signal> signals(Trajectory t, List<Signal.OpenGoal> openGoals) {
        LocalDate lastActivity = Netherlands.dateOf(t.lastActivityAt);
        return Signal.of(t, openGoals, lifecycle.today(), lastActivity, config.signals().approachingEnd(), config.signals().inactivity());
    }

    @Transactional
    public List<TimelineEntry> timeline(String tenant, UUID trajectoryId) {
        lifecycle.requireExists(tenant, trajectoryId);
        return timeline.ofTrajectory(trajectoryId);
    }

    /** One digest entry: a trajectory and why it needs a look. */
    public record DigestItem(UUID trajectoryId, UUID clientId, List<Signal> signals) {
    }

    /**
     * Computes today's list per coach of active trajectories with signals and stores it, replacing an earlier
     * run of the same day. A coach without signalled trajectories gets an empty list: "nothing today" is news too.
     */
    @Transactional
    public int computeDigests() {
        LocalDate today = lifecycle.today();
        Map<SignalDigest.Key, List<DigestItem>> byCoach = new LinkedHashMap<>();
        for (TrajectoryWithSignals s : withSignals(trajectories.activeWithCoach())) {
            Trajectory t = s.trajectory();
            List<DigestItem> items = byCoach.computeIfAbsent(new SignalDigest.Key(t.tenant, t.coach, today), k -> new ArrayList<>());
            if (!s.signals().isEmpty()) {
                items.add(new DigestItem(t.id, t.clientId, s.signals()));
            }
        }
        byCoach.forEach((key, items) -> {
            SignalDigest digest = digests.findByIdOptional(key).orElseGet(() -> SignalDigest.of(key));
            digest.replaceItems(items, clock.instant());
            digests.persist(digest);
        });
        return byCoach.size();
    }

    @Transactional
    public Optional<SignalDigest> latestDigest(String tenant, String coach) {
        return digests.latest(tenant, coach);
    }
}
