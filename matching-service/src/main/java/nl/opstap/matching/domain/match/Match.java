package nl.opstap.matching.domain.match;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One ranked result, explained.
 *
 * @param id        the candidate (client id) or the vacancy, depending on the direction
 * @param score     weighted score 0-1000 (rounded down; the ranking uses the exact weighted sum)
 * @param criteria  score 0-1000 per criterion
 * @param passed    the hard constraints met
 * @param failed    the hard constraints not met: empty for a match, exactly one for a near miss
 * @param gaps      what is missing or uncertain, in words a jobcoach understands
 */
public record Match(UUID id, int score, Map<Criterion, Integer> criteria, List<Constraint> passed, List<Constraint> failed,
        List<String> gaps) {
}
