package nl.opstap.matching.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.matching.domain.match.Constraint;
import nl.opstap.matching.domain.match.Criterion;
import nl.opstap.matching.domain.match.Match;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One ranked result with its explanation")
public record MatchView(
        @Schema(description = "The candidate's client id (candidates for a vacancy) or the vacancy id (vacancies for a candidate)") UUID id,
        @Schema(description = "Weighted score 0-1000") int score,
        @Schema(description = "Score 0-1000 per criterion") Map<Criterion, Integer> criteria,
        @Schema(description = "Hard constraints met") List<Constraint> passed,
        @Schema(description = "Hard constraints not met: empty for a match, the one that failed for a near miss") List<Constraint> failed,
        @Schema(description = "Shortfalls and unknowns in plain words, e.g. \"certificate VCA missing\"") List<String> gaps) {

    static MatchView of(Match m) {
        return new MatchView(m.id(), m.score(), m.criteria(), m.passed(), m.failed(), m.gaps());
    }
}
