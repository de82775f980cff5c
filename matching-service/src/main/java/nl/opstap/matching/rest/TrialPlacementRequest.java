package nl.opstap.matching.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TrialPlacementRequest(
        @Schema(example = "2026-12-01") @NotNull LocalDate startsOn,
        @Schema(description = "The planned last day; after startsOn", example = "2027-01-31") @NotNull LocalDate plannedEndOn) {
}
