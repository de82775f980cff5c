package nl.opstap.matching.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.opstap.matching.domain.placement.ProposalStage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many proposals stand in each stage, for one vacancy or one account manager")
public record PipelineView(
        @Schema(description = "The vacancy, when grouped by vacancy") UUID vacancyId,
        @Schema(description = "The vacancy's title, when grouped by vacancy") String vacancyTitle,
        @Schema(description = "Who proposed, when grouped by account manager") String accountManager,
        @Schema(description = "Every stage, in workflow order, with its count (0 included)") Map<ProposalStage, Long> stages,
        long total) {

    /** Counts for every stage, so that a front end need not fill in the missing ones. */
    static Map<ProposalStage, Long> allStages(Map<ProposalStage, Long> counted) {
        Map<ProposalStage, Long> stages = new LinkedHashMap<>();
        for (ProposalStage stage : ProposalStage.values()) {
            stages.put(stage, counted.getOrDefault(stage, 0L));
        }
        return stages;
    }
}
