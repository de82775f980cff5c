package nl.opstap.matching.domain.match;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.vocabulary.PhysicalLimit;

/**
 * What the index keeps of one candidate in the pool. Unknown values are null and pass the constraint they feed.
 *
 * @param competences social skills, motivation, work skills, learning attitude, each 1-5 or null
 * @param maxTravelKm straight-line kilometres the candidate travels at most
 */
public record CandidateData(UUID clientId, Integer hoursPerWeek, String postcodeArea, Integer maxTravelKm,
        List<PhysicalLimit> physicalLimits, List<String> certificates, Integer wageValuePercent, LocalDate availableFrom,
        List<String> workTypes, Integer[] competences, Map<String, Integer> riasec) {
}
