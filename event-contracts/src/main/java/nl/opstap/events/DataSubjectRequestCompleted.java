package nl.opstap.events;

import java.util.UUID;
import nl.opstap.events.vocabulary.DataSubjectRight;

/**
 * One service carried out a data-subject request: {@code records} is how many of its records held data about the
 * client (exported, or erased and anonymised). For an export, {@code sealedExport} is the service's part of the
 * document, encrypted for intake-service (see {@link DataSubjectRequested}); the topic never holds it readable.
 */
public record DataSubjectRequestCompleted(
        UUID requestId,
        UUID clientId,
        DataSubjectRight right,
        String service,
        int records,
        String sealedExport) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.DATA_SUBJECT_REQUEST_COMPLETED;
    }
}
