package nl.opstap.trajectory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.opstap.events.vocabulary.CriterionAttribute;
import nl.opstap.events.vocabulary.CriterionOperator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A testable rule intake can evaluate and explain")
public record CriterionRequest(
        @Schema(description = "Stable code", example = "ladder-3-6") @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9-]+") String code,
        @Schema(example = "Participation ladder step 3 to 6") @NotBlank @Size(max = 300) String description,
        @NotNull CriterionAttribute attribute,
        @NotNull CriterionOperator operator,
        @Schema(description = "Operands: BETWEEN two numbers, AT_LEAST/AT_MOST one, IN/NOT_IN one or more, IS_TRUE/IS_FALSE none")
        @Size(max = 50) List<@NotBlank @Size(max = 60) String> values) {
}
