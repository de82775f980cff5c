package nl.opstap.events;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.TrajectoryOutcome;

/** The trajectory ended with an outcome from the closed list. */
public record TrajectoryEnded(
        UUID trajectoryId,
        UUID clientId,
        UUID programmeId,
        TrajectoryOutcome outcome,
        LocalDate startedOn,
        LocalDate endedOn) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.TRAJECTORY_ENDED;
    }
}
