package nl.opstap.matching.domain.placement;

import java.time.LocalDate;
import nl.opstap.events.vocabulary.ContractType;

/** The terms a candidate is placed on; an end date only for a fixed term. */
public record PlacementContract(ContractType contractType, int hoursPerWeek, LocalDate startsOn, LocalDate endsOn) {
}
