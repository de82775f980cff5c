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
import nl.opstap.events.vocabulary.CriterionOperator;
import nl.opstap.events.vocabulary.PriceUnit;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.trajectory.domain.MaximumDurationRule;
import nl.opstap.trajectory.domain.ProgrammeDefinition;
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
        @Schema(description = "The programme's price in euros, per priceUnit", example = "3000") @NotNull @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal plannedCostEur,
        @Schema(description = "What plannedCostEur is charged for: the whole trajectory or each month of it begun (default PER_TRAJECTORY)")
        PriceUnit priceUnit) {

    /** The programme's rules, once they are consistent with each other; an inconsistency names the field. */
    ProgrammeDefinition toDefinition() {
        List<ProgrammeDefinition.ReviewPoint> schedule = reviewSchedule == null ? List.of() : reviewSchedule.stream()
                .map(p -> new ProgrammeDefinition.ReviewPoint(p.afterWeeks(), p.goNoGo()))
                .sorted(Comparator.comparingInt(ProgrammeDefinition.ReviewPoint::afterWeeks))
                .toList();
        ProgrammeDefinition definition = new ProgrammeDefinition(name.strip(), targetGroups, criteria(inclusionCriteria),
                criteria(exclusionCriteria), phases, minDurationMonths, maxDurationMonths, maxExtensions, maxExtensionMonths,
                extensionTotalCapMonths, extensionReasons == null ? List.of() : extensionReasons, extensionNeedsSecondApproval,
                atMaximumDuration == null ? MaximumDurationRule.FLAG : atMaximumDuration, schedule, reviewEveryWeeks, aftercareMonths,
                financialArrangement, plannedCostEur, priceUnit == null ? PriceUnit.PER_TRAJECTORY : priceUnit);
        checkConsistent(definition);
        return definition;
    }

    private static void checkConsistent(ProgrammeDefinition definition) {
        if (definition.minDurationMonths() > definition.maxDurationMonths()) {
            throw ProblemException.invalid("minDurationMonths", "must not exceed maxDurationMonths");
        }
        if (definition.maxExtensions() == 0 && definition.maxExtensionMonths() > 0) {
            throw ProblemException.invalid("maxExtensionMonths", "must be 0 when no extension is allowed");
        }
        if (definition.maxExtensions() > 0 && definition.maxExtensionMonths() == 0) {
            throw ProblemException.invalid("maxExtensionMonths", "must be at least 1 when extensions are allowed");
        }
        if (definition.phases().stream().distinct().count() != definition.phases().size()) {
            throw ProblemException.invalid("phases", "must not repeat a phase");
        }
        checkCriteria("inclusionCriteria", definition.inclusionCriteria());
        checkCriteria("exclusionCriteria", definition.exclusionCriteria());
    }

    private static void checkCriteria(String field, List<Criterion> criteria) {
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            int needed = switch (c.operator()) {
                case BETWEEN -> 2;
                case AT_LEAST, AT_MOST -> 1;
                case IN, NOT_IN -> -1;
                case IS_TRUE, IS_FALSE -> 0;
            };
            int given = c.values().size();
            boolean ok = needed == -1 ? given >= 1 : given == needed;
            if (!ok) {
                throw ProblemException.invalid(field + "[" + i + "].values", "wrong number of values for operator " + c.operator());
            }
            if (needed > 0) {
                for (String value : c.values()) {
                    if (!value.matches("-?[0-9]+")) {
                        throw ProblemException.invalid(field + "[" + i + "].values", "must be whole numbers for " + c.operator());
                    }
                }
            }
            if (c.operator() == CriterionOperator.BETWEEN && Integer.parseInt(c.values().get(0)) > Integer.parseInt(c.values().get(1))) {
                throw ProblemException.invalid(field + "[" + i + "].values", "lower bound exceeds upper bound");
            }
        }
    }

    private static List<Criterion> criteria(List<CriterionRequest> requests) {
        return requests.stream()
                .map(c -> new Criterion(c.code(), c.description(), c.attribute(), c.operator(), c.values() == null ? List.of() : c.values()))
                .toList();
    }
}
