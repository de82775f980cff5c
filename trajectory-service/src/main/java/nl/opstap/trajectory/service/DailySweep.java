package nl.opstap.trajectory.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Once a day: the lifecycle's time-driven rules (aftercare ends, maximum durations), then each coach's signal digest. */
@ApplicationScoped
public class DailySweep {

    private final TrajectoryService trajectories;
    private final CaseloadService caseload;

    DailySweep(TrajectoryService trajectories, CaseloadService caseload) {
        this.trajectories = trajectories;
        this.caseload = caseload;
    }

    @Scheduled(cron = "${opstap.trajectory.sweep-cron:0 15 2 * * ?}", timeZone = "Europe/Amsterdam",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        trajectories.sweep();
        caseload.computeDigests();
    }
}
