package nl.opstap.events;

import java.time.LocalDate;
import java.util.UUID;

/** The trajectory moved to another phase of its programme. */
public record TrajectoryPhaseChanged(UUID trajectoryId, UUID clientId, String fromPhase, String toPhase, LocalDate changedOn)
        implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.TRAJECTORY_PHASE_CHANGED;
    }
}
