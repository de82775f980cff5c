package nl.opstap.events;

import java.time.LocalDate;
import java.util.UUID;

/** An extension was approved within the programme's policy. */
public record TrajectoryExtended(
        UUID trajectoryId,
        UUID clientId,
        int extensionNumber,
        String reasonCode,
        int extensionMonths,
        LocalDate newPlannedEndOn) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.TRAJECTORY_EXTENDED;
    }
}
