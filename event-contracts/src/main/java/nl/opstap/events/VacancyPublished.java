package nl.opstap.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.vocabulary.PhysicalLimit;
import nl.opstap.events.vocabulary.PlacementKind;

/**
 * An employer's vacancy is open for matching.
 *
 * @param physicalDemands what the work demands, expressed as the limit it conflicts with (e.g. NO_STANDING_WORK)
 */
public record VacancyPublished(
        UUID vacancyId,
        UUID employerId,
        String title,
        String workType,
        PlacementKind placementKind,
        int hoursPerWeek,
        String postcodeArea,
        Integer minWageValuePercent,
        List<PhysicalLimit> physicalDemands,
        List<String> requiredCertificates,
        boolean sroiEligible,
        LocalDate publishedOn) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.VACANCY_PUBLISHED;
    }
}
