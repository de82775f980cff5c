package nl.opstap.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.vocabulary.PhysicalLimit;
import nl.opstap.events.vocabulary.PlacementKind;

/**
 * An employer's vacancy is open for matching: published, or changed while published (the newest event of a
 * vacancy replaces the earlier ones). Carries everything matching needs and no contact persons.
 *
 * @param hoursPerWeekMin      minimum hours a week the employer accepts; null means {@code hoursPerWeek} only
 * @param hoursPerWeek         maximum hours a week
 * @param occupationIsco       ISCO-08 unit group, four digits
 * @param requiredCompetences  minimum level per competence; absent competences set no minimum
 * @param wishedCompetences    competence names the employer values most, for ranking
 * @param riasecCode           one to three dominant RIASEC letters of the work, in order
 * @param physicalDemands      what the work demands, expressed as the limit it conflicts with (e.g. NO_STANDING_WORK)
 */
public record VacancyPublished(
        UUID vacancyId,
        UUID employerId,
        String title,
        String occupationIsco,
        String escoUri,
        String workType,
        PlacementKind placementKind,
        Integer openings,
        Integer hoursPerWeekMin,
        int hoursPerWeek,
        String postcodeArea,
        LocalDate startDate,
        LocalDate endDate,
        Integer minWageValuePercent,
        Boolean wageCostSubsidyPossible,
        List<PhysicalLimit> physicalDemands,
        List<String> requiredCertificates,
        List<String> wishedCertificates,
        ClientProfile.Competences requiredCompetences,
        List<String> wishedCompetences,
        String riasecCode,
        boolean sroiEligible,
        LocalDate publishedOn) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.VACANCY_PUBLISHED;
    }
}
