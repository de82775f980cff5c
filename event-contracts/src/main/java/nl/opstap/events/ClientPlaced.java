package nl.opstap.events;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.TargetGroup;

/**
 * The client was placed with an employer. Carries what SROI crediting needs (target group, age band)
 * so employer-service need not know the person.
 */
public record ClientPlaced(
        UUID placementId,
        UUID clientId,
        UUID vacancyId,
        UUID employerId,
        ContractType contractType,
        int hoursPerWeek,
        TargetGroup targetGroup,
        boolean aged55OrOver,
        LocalDate placedOn) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.CLIENT_PLACED;
    }
}
