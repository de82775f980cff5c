package nl.opstap.events;

import java.time.LocalDate;
import java.util.UUID;

/** The aftercare (nazorg) period after a placement closed. */
public record AftercareEnded(UUID trajectoryId, UUID clientId, LocalDate endedOn, boolean stillEmployed) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.AFTERCARE_ENDED;
    }
}
