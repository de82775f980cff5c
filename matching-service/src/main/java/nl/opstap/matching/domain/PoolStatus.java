package nl.opstap.matching.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether an admitted client is in the matching pool, from their trajectories and placements: out while placed,
 * out once every trajectory has ended, back when a placement ends while a trajectory still runs. A client admitted
 * whose trajectory has not started yet is in the pool (admission is what makes a candidate).
 */
public enum PoolStatus {
    AVAILABLE, PLACED, TRAJECTORY_ENDED;

    public static PoolStatus of(List<CandidateTrajectory> trajectories, List<CandidatePlacement> placements) {
        if (placements.stream().anyMatch(CandidatePlacement::active)) {
            return PLACED;
        }
        boolean anyEnded = trajectories.stream().anyMatch(t -> t.endedOn != null);
        boolean anyRunning = trajectories.stream().anyMatch(CandidateTrajectory::running);
        return anyEnded && !anyRunning ? TRAJECTORY_ENDED : AVAILABLE;
    }

    /** From when the candidate can start: the latest trajectory start, else the admission. */
    public static LocalDate availableFrom(LocalDate admittedOn, List<CandidateTrajectory> trajectories) {
        return trajectories.stream().filter(CandidateTrajectory::running).map(t -> t.startedOn)
                .max(LocalDate::compareTo).filter(d -> d.isAfter(admittedOn)).orElse(admittedOn);
    }
}
