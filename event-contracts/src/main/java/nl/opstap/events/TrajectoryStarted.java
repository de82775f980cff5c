package nl.opstap.events;

import java.time.LocalDate;
import java.util.UUID;

/** A trajectory started for an admitted client. */
public record TrajectoryStarted(
        UUID trajectoryId,
        UUID clientId,
        UUID programmeId,
        int programmeVersion,
        String phase,
        LocalDate startedOn,
        LocalDate plannedEndOn) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.TRAJECTORY_STARTED;
    }
}
