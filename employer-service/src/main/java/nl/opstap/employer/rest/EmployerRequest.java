package nl.opstap.employer.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record EmployerRequest(
        @Schema(example = "Groenbedrijf De Linde BV") @NotBlank @Size(max = 200) String name,
        @Schema(description = "KvK number (Chamber of Commerce), 8 digits", example = "30123456")
        @NotNull @Size(max = 8) @Pattern(regexp = "[0-9]{8}", message = "must be 8 digits") String kvkNumber,
        @Schema(description = "Four digits of the postcode", example = "3526")
        @NotNull @Size(max = 4) @Pattern(regexp = "[1-9][0-9]{3}", message = "must be the four digits of a Dutch postcode") String postcodeArea,
        @Schema(example = "groenvoorziening") @Size(max = 100) String sector) {
}
