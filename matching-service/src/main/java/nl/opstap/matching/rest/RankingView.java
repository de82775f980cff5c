package nl.opstap.matching.rest;

import java.util.List;
import nl.opstap.matching.domain.match.Ranking;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Best matches, best first (ties broken by id), and the best near misses failing exactly one hard constraint")
public record RankingView(
        @Schema(description = "How many candidates or vacancies were looked at") int considered,
        @Schema(description = "How many met every hard constraint") int eligible,
        List<MatchView> matches,
        List<MatchView> nearMisses) {

    static RankingView of(Ranking r) {
        return new RankingView(r.considered(), r.eligible(), r.matches().stream().map(MatchView::of).toList(),
                r.nearMisses().stream().map(MatchView::of).toList());
    }
}
