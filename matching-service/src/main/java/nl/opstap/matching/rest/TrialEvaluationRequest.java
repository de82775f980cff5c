package nl.opstap.matching.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.opstap.matching.domain.placement.TrialOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TrialEvaluationRequest(
        @Schema(description = "HIRE makes a placement possible; NO_HIRE ends the proposal") @NotNull TrialOutcome outcome,
        @Schema(description = "Not in the future, not before the trial started", example = "2027-01-28") @NotNull LocalDate evaluatedOn,
        @Schema(example = "Werkritme goed, begeleiding op de werkvloer blijft nodig") @Size(max = 2000) String evaluation) {
}
