package nl.opstap.employer.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AgreementRequest(
        @Schema(example = "Werkervaringsplekken groenonderhoud") @NotBlank @Size(max = 500) String description,
        @Schema(description = "How many a year were agreed", example = "2") @NotNull @Min(1) @Max(10_000) Integer perYear,
        @Schema(description = "The year the agreement is for", example = "2026") @NotNull @Min(2000) @Max(2199) Integer year) {
}
