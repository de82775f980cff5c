package nl.opstap.employer.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.opstap.employer.domain.RulesetDefinition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new version of an SROI ruleset (regional building-block table)")
public record RulesetRequest(
        @Schema(description = "Code of the ruleset; each publication is its next version", example = "HAAGLANDEN-2023")
        @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,63}", message = "must be 2 to 64 capitals, digits and dashes") String code,
        @Schema(example = "Haaglanden") @NotBlank @Size(max = 100) String region,
        @NotNull @Valid RulesetDefinition definition) {
}
