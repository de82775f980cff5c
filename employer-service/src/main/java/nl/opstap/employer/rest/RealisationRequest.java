package nl.opstap.employer.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RealisationRequest(
        @Schema(description = "How many were realised; a negative number corrects an earlier count", example = "1")
        @NotNull @Min(-100) @Max(100) Integer count) {
}
