package nl.opstap.intake.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record InterviewRequest(
        @Schema(description = "Not after today (the Amsterdam date)", example = "2026-11-02")
        @NotNull @PastOrPresent(message = "must not be in the future") LocalDate heldOn,
        @Schema(description = "Who held the interview") @NotBlank @Size(max = 100) String interviewer,
        @Schema(description = "Motivation as judged in the interview, 1 to 5") @Min(1) @Max(5) int motivation,
        @Size(max = 10000) String notes) {
}
