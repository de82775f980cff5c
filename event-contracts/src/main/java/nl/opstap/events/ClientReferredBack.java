package nl.opstap.events;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.ReferBackReason;

/** The client was referred back to the municipality (terugmelding) with a reason. */
public record ClientReferredBack(
        UUID clientId,
        UUID referralId,
        String municipalityCode,
        ReferBackReason reason,
        LocalDate referredBackOn) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.CLIENT_REFERRED_BACK;
    }
}
