package nl.opstap.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The client consented to let the employer of a proposal know who they are. Carries no identity itself: intake-service,
 * which holds the name, hands it to that employer's users on their own request once it has seen this event.
 */
public record IdentitySharingConsented(
        UUID proposalId,
        UUID clientId,
        UUID vacancyId,
        UUID employerId,
        LocalDate consentedOn) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.IDENTITY_SHARING_CONSENTED;
    }
}
