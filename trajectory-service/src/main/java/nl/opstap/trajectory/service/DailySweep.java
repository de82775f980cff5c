package nl.opstap.trajectory.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.opstap.support.cluster.ClusterLock;
import nl.opstap.support.time.Netherlands;

/**
 * Once a day: the lifecycle's time-driven rules (aftercare ends, maximum durations), then each coach's signal
 * digest. With several instances, one does the work and the others skip it.
 */
@ApplicationScoped
public class DailySweep {

    private final TrajectoryService trajectories;
    private final CaseloadService caseload;
    private final ClusterLock clusterLock;

    DailySweep(TrajectoryService trajectories, CaseloadService caseload, ClusterLock clusterLock) {
        this.trajectories = trajectories;
        this.caseload = caseload;
        this.clusterLock = clusterLock;
    }

    @Scheduled(cron = "${opstap.trajectory.sweep-cron:0 15 2 * * ?}", timeZone = Netherlands.ZONE_ID,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        run();
    }

    /** Returns false when another instance holds the sweep right now. */
    @Transactional
    public boolean run() {
        if (!clusterLock.tryLockForTransaction("opstap-trajectory-daily-sweep")) {
            return false;
        }
        trajectories.sweep();
        caseload.computeDigests();
        return true;
    }
}
