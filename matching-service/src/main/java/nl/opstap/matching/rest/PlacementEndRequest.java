package nl.opstap.matching.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.opstap.matching.domain.placement.PlacementEndReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PlacementEndRequest(
        @Schema(description = "Published as the reason code of PlacementEnded") @NotNull PlacementEndReason reason,
        @Schema(description = "The last working day; not before the placement started", example = "2028-01-31") @NotNull LocalDate endedOn) {
}
