package nl.opstap.employer.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.opstap.events.vocabulary.TargetGroup;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Value of a year of full-time work by someone of a target group, credited for at most {@code maxMonths} months. */
public record EmploymentRule(
        @NotNull TargetGroup targetGroup,
        @Schema(description = "Euro cents per year of full-time employment", example = "4000000")
        @NotNull @Min(1) @Max(100_000_000) Long annualCents,
        @Schema(description = "Months a placement is credited at most, counted from its first month", example = "12")
        @NotNull @Min(1) @Max(120) Integer maxMonths) {
}
