package nl.opstap.reporting.domain;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Sustainable outflow: leavers to work who did not come back on benefits")
public record SustainableOutflowReport(
        @Schema(description = "The period asked for") String period,
        @Schema(description = "Trajectories ended in the period in regular or subsidised work") long leaversToWork,
        @Schema(description = "Of the leavers to work whose exit is at least 6 months ago, those without a BenefitResumed "
                + "within 6 months after exit") Share noBenefitWithin6Months,
        @Schema(description = "The same within 12 months, of those whose exit is at least 12 months ago") Share noBenefitWithin12Months,
        @Schema(description = "Reference date of the Lelystad variant: 2 July of the period's last year, or of the year before "
                + "when that day is still to come") LocalDate referenceDate,
        @Schema(description = "Lelystad variant: of the leavers to work (any period) whose exit lies 6 to 18 months before the "
                + "reference date, those not back on benefits between exit and the reference date") Share onReferenceDate)
        implements KpiTable {

    @Override
    public List<String> csvHeader() {
        return List.of("period", "metric", "count", "of", "percent");
    }

    @Override
    public List<List<String>> csvRows() {
        return List.of(
                List.of(period, "leavers_to_work", Long.toString(leaversToWork), "", ""),
                noBenefitWithin6Months.csvRow(period, "no_benefit_within_6_months"),
                noBenefitWithin12Months.csvRow(period, "no_benefit_within_12_months"),
                onReferenceDate.csvRow(period, "no_benefit_on_" + referenceDate));
    }
}
