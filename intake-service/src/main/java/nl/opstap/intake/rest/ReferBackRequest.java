package nl.opstap.intake.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.opstap.events.vocabulary.ReferBackReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ReferBackRequest(
        @Schema(description = "Reason for the terugmelding") @NotNull ReferBackReason reason,
        @Schema(description = "Explanation for the municipality; no health details") @Size(max = 2000) String note,
        @Schema(description = AdmissionRequest.DECIDED_ON, example = "2026-11-20") @PastOrPresent(message = "must not be in the future")
        LocalDate decidedOn) {
}
