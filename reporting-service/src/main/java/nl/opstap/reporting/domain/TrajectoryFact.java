package nl.opstap.reporting.domain;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.TrajectoryOutcome;

/** A trajectory as far as it is known: {@code endedOn} and {@code outcome} are null while it runs. */
public record TrajectoryFact(UUID trajectoryId, UUID clientId, UUID programmeId, LocalDate startedOn, LocalDate endedOn,
        TrajectoryOutcome outcome, int extensions) {

    public boolean ended() {
        return endedOn != null && outcome != null;
    }

    /** Ended in regular or subsidised work: the outflow that the outflow rate counts. */
    public boolean leftForWork() {
        return ended() && (outcome == TrajectoryOutcome.REGULAR_WORK_FULL_TIME || outcome == TrajectoryOutcome.REGULAR_WORK_PART_TIME
                || outcome == TrajectoryOutcome.SUBSIDISED_WORK);
    }
}
