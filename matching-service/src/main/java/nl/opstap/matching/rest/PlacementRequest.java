package nl.opstap.matching.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.matching.domain.placement.PlacementContract;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PlacementRequest(
        @Schema(description = "The contract the candidate is placed on") @NotNull ContractType contractType,
        @Schema(example = "24") @NotNull @Min(1) @Max(48) Integer hoursPerWeek,
        @Schema(description = "The first working day", example = "2027-02-01") @NotNull LocalDate startsOn,
        @Schema(description = "The last day of a fixed-term contract; required for FIXED_TERM", example = "2028-01-31") LocalDate endsOn) {

    PlacementContract toContract() {
        return new PlacementContract(contractType, hoursPerWeek, startsOn, endsOn);
    }
}
