package nl.opstap.employer.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import nl.opstap.events.vocabulary.TargetGroup;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The valuation rules of an SROI ruleset (a regional building-block table). All money in euro cents.
 * Employment is credited pro rata: hours over {@code fullTimeHoursPerWeek}, days over the days of the month.
 */
@Schema(description = "Valuation rules of one ruleset version; money in euro cents")
public record RulesetDefinition(
        @Schema(description = "Hours a week that count as full-time", example = "36") @NotNull @Min(1) @Max(48) Integer fullTimeHoursPerWeek,
        @Schema(description = "Per target group: value of a year of full-time employment and the month cap")
        @NotEmpty @Size(max = 20) List<@NotNull @Valid EmploymentRule> employment,
        @Schema(description = "Added to the annual value for someone aged 55 or over", example = "1000000")
        @NotNull @Min(0) @Max(100_000_000) Long aged55BonusAnnualCents,
        @Schema(description = "After this many months a placement counts as a lasting job", example = "12")
        @NotNull @Min(1) @Max(120) Integer lastingJobAfterMonths,
        @Schema(description = "Percentage a lasting job's months are worth (100 = no extra weight)", example = "150")
        @NotNull @Min(100) @Max(500) Integer lastingJobWeightPercent,
        @Schema(description = "Percentage of a purchase from a social enterprise that counts", example = "100")
        @NotNull @Min(0) @Max(100) Integer socialEnterprisePurchasePercent,
        @Schema(description = "Value of one month of a work-experience place", example = "150000")
        @NotNull @Min(0) @Max(100_000_000) Long workExperiencePlaceMonthCents,
        @Schema(description = "Value of one completed training course", example = "250000")
        @NotNull @Min(0) @Max(100_000_000) Long trainingCourseCents) {

    public Optional<EmploymentRule> employmentRule(TargetGroup targetGroup) {
        return employment.stream().filter(rule -> rule.targetGroup() == targetGroup).findFirst();
    }
}
