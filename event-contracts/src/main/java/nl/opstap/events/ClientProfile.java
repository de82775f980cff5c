package nl.opstap.events;

import java.util.List;
import java.util.Map;
import nl.opstap.events.vocabulary.PhysicalLimit;

/**
 * The latest instrument values other services need to plan and match, without identity or health details.
 *
 * @param participationLadderStep 1 (isolated) to 6 (paid work)
 * @param wageValuePercent        estimated loonwaarde, % of normal productivity
 * @param competences             the four employee competences, each 1 to 5
 * @param riasec                  interest scores 0-100 keyed by R, I, A, S, E, C
 * @param postcodeArea            the four digits of the postcode only: enough for travel distance
 */
public record ClientProfile(
        Integer participationLadderStep,
        Integer wageValuePercent,
        Competences competences,
        Map<String, Integer> riasec,
        List<String> workTypes,
        Integer hoursPerWeek,
        String postcodeArea,
        Integer maxTravelMinutes,
        List<PhysicalLimit> physicalLimits,
        List<String> certificates) {

    /** MKB "Goed Werknemerschap" competences, each 1 (weak) to 5 (strong). */
    public record Competences(Integer socialSkills, Integer motivation, Integer workSkills, Integer learningAttitude) {
    }
}
