package nl.opstap.trajectory.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the lifecycle's time-driven rules once a day (aftercare ends, maximum durations). */
@ApplicationScoped
public class DailySweep {

    private final TrajectoryService trajectories;

    DailySweep(TrajectoryService trajectories) {
        this.trajectories = trajectories;
    }

    @Scheduled(cron = "${opstap.trajectory.sweep-cron:0 15 2 * * ?}", timeZone = "Europe/Amsterdam",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        trajectories.sweep();
    }
}
