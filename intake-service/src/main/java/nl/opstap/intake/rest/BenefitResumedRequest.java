package nl.opstap.intake.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A former client is back on benefits (the measure of sustainable outflow)")
public record BenefitResumedRequest(
        @Schema(description = "BSN of the former client", example = "111222333") @NotNull @Size(max = 9) @ValidBsn String bsn,
        @Schema(description = "Not after today (the Amsterdam date)", example = "2026-10-01")
        @NotNull @PastOrPresent(message = "must not be in the future") LocalDate resumedOn) {
}
