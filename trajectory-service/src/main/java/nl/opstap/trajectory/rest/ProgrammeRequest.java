package nl.opstap.trajectory.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import nl.opstap.events.ProgrammePublished.Criterion;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.CriterionAttribute;
import nl.opstap.events.vocabulary.CriterionOperator;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.trajectory.domain.MaximumDurationRule;
import nl.opstap.trajectory.service.ProgrammeDefinition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A programme (traject-type) version to publish")
public record ProgrammeRequest(
        @Schema(example = "Werkervaringsplek ISD BOL") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Doelgroepen the programme is for") @NotEmpty @Size(max = 9) List<@NotNull TargetGroup> targetGroups,
        @Schema(description = "All must hold to fit (inclusiecriteria)") @NotNull @Size(max = 50) @Valid List<@NotNull CriterionRequest> inclusionCriteria,
        @Schema(description = "Any that holds excludes (exclusiecriteria)") @NotNull @Size(max = 50) @Valid List<@NotNull CriterionRequest> exclusionCriteria,
        @Schema(description = "Ordered phases", example = "[\"preparation\", \"work-experience\", \"outflow\"]")
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> phases,
        @Min(1) @Max(120) int minDurationMonths,
        @Min(1) @Max(120) int maxDurationMonths,
        @Schema(description = "How many extensions; 0 = none") @Min(0) @Max(10) int maxExtensions,
        @Schema(description = "Maximum months per extension") @Min(0) @Max(60) int maxExtensionMonths,
        @Schema(description = "Maximum months all extensions together; 0 = no cap beyond the other limits") @Min(0) @Max(120) int extensionTotalCapMonths,
        @Schema(description = "Reason codes an extension may give; empty = any", example = "[\"MEDICAL\", \"PLACEMENT_IN_SIGHT\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}") String> extensionReasons,
        @Schema(description = "Whether a second person must approve an extension") boolean extensionNeedsSecondApproval,
        @Schema(description = "At the maximum end date: END_REFERRED_BACK ends the trajectory, FLAG signals it; default FLAG")
        MaximumDurationRule atMaximumDuration,
        @Schema(description = "Planned reviews counted from the start, e.g. after 4 weeks and a go/no-go after 13 weeks")
        @Size(max = 52) @Valid List<@NotNull ReviewPointRequest> reviewSchedule,
        @Schema(description = "After the planned reviews, review every so many weeks") @Min(1) @Max(52) Integer reviewEveryWeeks,
        @Schema(description = "Length of aftercare (nazorg) after placement") @Min(0) @Max(36) int aftercareMonths,
        @Schema(description = "Financial arrangement while in the programme") @NotNull BenefitSituation financialArrangement,
        @Schema(description = "Planned cost per trajectory in euros", example = "3000") @NotNull @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal plannedCostEur) {

    @Schema(description = "A testable rule intake can evaluate and explain")
    public record CriterionRequest(
            @Schema(description = "Stable code", example = "ladder-3-6") @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9-]+") String code,
            @Schema(example = "Participation ladder step 3 to 6") @NotBlank @Size(max = 300) String description,
            @NotNull CriterionAttribute attribute,
            @NotNull CriterionOperator operator,
            @Schema(description = "Operands: BETWEEN two numbers, AT_LEAST/AT_MOST one, IN/NOT_IN one or more, IS_TRUE/IS_FALSE none")
            @Size(max = 50) List<@NotBlank @Size(max = 60) String> values) {
    }

    public record ReviewPointRequest(@Min(1) @Max(520) int afterWeeks, boolean goNoGo) {
    }

    ProgrammeDefinition toDefinition() {
        List<ProgrammeDefinition.ReviewPoint> schedule = reviewSchedule == null ? List.of() : reviewSchedule.stream()
                .map(p -> new ProgrammeDefinition.ReviewPoint(p.afterWeeks(), p.goNoGo()))
                .sorted(Comparator.comparingInt(ProgrammeDefinition.ReviewPoint::afterWeeks))
                .toList();
        return new ProgrammeDefinition(name.strip(), targetGroups, criteria(inclusionCriteria), criteria(exclusionCriteria), phases,
                minDurationMonths, maxDurationMonths, maxExtensions, maxExtensionMonths, extensionTotalCapMonths,
                extensionReasons == null ? List.of() : extensionReasons, extensionNeedsSecondApproval,
                atMaximumDuration == null ? MaximumDurationRule.FLAG : atMaximumDuration, schedule, reviewEveryWeeks, aftercareMonths,
                financialArrangement, plannedCostEur);
    }

    private static List<Criterion> criteria(List<CriterionRequest> requests) {
        return requests.stream()
                .map(c -> new Criterion(c.code(), c.description(), c.attribute(), c.operator(), c.values() == null ? List.of() : c.values()))
                .toList();
    }
}
