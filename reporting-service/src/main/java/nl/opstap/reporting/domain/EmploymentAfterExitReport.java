package nl.opstap.reporting.domain;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Employment after exit, as US workforce programmes (WIOA) report it")
public record EmploymentAfterExitReport(
        @Schema(description = "The period asked for") String period,
        @Schema(description = "Trajectories ended in the period, whatever the outcome") long leavers,
        @Schema(description = "Of the leavers whose second calendar quarter after the exit quarter has ended, those with a "
                + "placement running on its last day and no BenefitResumed between exit and that day") Share employedInSecondQuarter,
        @Schema(description = "The same for the fourth calendar quarter after the exit quarter") Share employedInFourthQuarter)
        implements KpiTable {

    @Override
    public List<String> csvHeader() {
        return List.of("period", "metric", "count", "of", "percent");
    }

    @Override
    public List<List<String>> csvRows() {
        return List.of(
                List.of(period, "leavers", Long.toString(leavers), "", ""),
                employedInSecondQuarter.csvRow(period, "employed_q2_after_exit"),
                employedInFourthQuarter.csvRow(period, "employed_q4_after_exit"));
    }
}
