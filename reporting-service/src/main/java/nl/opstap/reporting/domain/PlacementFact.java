package nl.opstap.reporting.domain;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.ContractType;

/** A placement with an employer; {@code placedOn} is null when only its end has arrived so far. */
public record PlacementFact(UUID placementId, UUID clientId, UUID employerId, ContractType contractType, Integer hoursPerWeek,
        LocalDate placedOn, LocalDate endedOn) {

    /** Placed on or before {@code day} and not ended before it. */
    public boolean runningOn(LocalDate day) {
        return placedOn != null && !placedOn.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
    }
}
