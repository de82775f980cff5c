package nl.opstap.events;

import java.time.LocalDate;
import java.util.UUID;

/** The municipality reports that a former client is back on benefits: the measure of sustainable outflow. */
public record BenefitResumed(UUID clientId, String municipalityCode, LocalDate resumedOn) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.BENEFIT_RESUMED;
    }
}
