package nl.opstap.events;

import java.time.LocalDate;
import java.util.UUID;

/** A trial placement (proefplaatsing) with the employer's intention to hire started. */
public record TrialPlacementStarted(
        UUID placementId,
        UUID clientId,
        UUID vacancyId,
        UUID employerId,
        LocalDate startsOn,
        LocalDate plannedEndOn) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.TRIAL_PLACEMENT_STARTED;
    }
}
