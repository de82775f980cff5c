package nl.opstap.events;

import java.time.LocalDate;
import java.util.UUID;

/** A vacancy is no longer open. */
public record VacancyClosed(UUID vacancyId, UUID employerId, String reason, LocalDate closedOn) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.VACANCY_CLOSED;
    }
}
