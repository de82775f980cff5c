package nl.opstap.matching.domain.match;

import java.util.List;

/**
 * The best matches and the best near misses (failing exactly one hard constraint) of one query.
 *
 * @param considered how many candidates (or vacancies) were looked at
 * @param eligible   how many of them met every hard constraint
 */
public record Ranking(List<Match> matches, List<Match> nearMisses, int considered, int eligible) {
}
