package nl.opstap.events;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.DataSubjectRight;

/**
 * intake-service asks every service to export or erase what it holds about one client. On the client stream, so each
 * service sees it after that client's earlier events. An export request carries a fresh public key (RSA, X.509, base64):
 * services seal their part with it, and only intake-service, which keeps the private key, can open the parts.
 */
public record DataSubjectRequested(
        UUID requestId,
        UUID clientId,
        DataSubjectRight right,
        LocalDate requestedOn,
        String exportPublicKey) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.DATA_SUBJECT_REQUESTED;
    }
}
