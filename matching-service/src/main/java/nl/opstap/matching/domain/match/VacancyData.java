package nl.opstap.matching.domain.match;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.vocabulary.PhysicalLimit;

/**
 * What the index keeps of one open vacancy.
 *
 * @param requiredCompetences minimum level per competence (social, motivation, work, learning), null for none
 * @param riasecCode          one to three dominant letters, in order
 */
public record VacancyData(UUID vacancyId, UUID employerId, String workType, Integer hoursPerWeekMin, Integer hoursPerWeek,
        String postcodeArea, LocalDate endDate, Integer minWageValuePercent, List<PhysicalLimit> physicalDemands,
        List<String> requiredCertificates, List<String> wishedCertificates, Integer[] requiredCompetences, String riasecCode) {
}
