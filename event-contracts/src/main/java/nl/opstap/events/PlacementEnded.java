package nl.opstap.events;

import java.time.LocalDate;
import java.util.UUID;

/** A placement ended; reason is a code such as CONTRACT_ENDED, DISMISSED, RESIGNED, PROJECT_ENDED. */
public record PlacementEnded(UUID placementId, UUID clientId, UUID employerId, String reason, LocalDate endedOn) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.PLACEMENT_ENDED;
    }
}
