package nl.opstap.employer.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ContactMomentRequest(
        @Schema(description = "The day of the contact", example = "2026-11-20") @NotNull @PastOrPresent LocalDate contactedOn,
        @Schema(example = "Kennismaking: twee werkervaringsplekken groenonderhoud") @NotBlank @Size(max = 500) String subject,
        @Schema(example = "Offerte SROI-inzet sturen voor 1 december") @Size(max = 500) String nextStep) {
}
