package nl.opstap.reporting.domain;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Aftercare (nazorg) and how long placements last")
public record AftercareReport(
        @Schema(description = "The period asked for") String period,
        @Schema(description = "Aftercare periods that ended in the period, out of them those where the client was still employed")
        Share completedStillEmployed,
        @Schema(description = "Placements started in the period") long placementsStarted,
        @Schema(description = "Of the placements started at least 3 months ago, those not ended before 3 months") Share runningAt3Months,
        @Schema(description = "The same at 6 months") Share runningAt6Months,
        @Schema(description = "The same at 12 months") Share runningAt12Months) implements KpiTable {

    @Override
    public List<String> csvHeader() {
        return List.of("period", "metric", "count", "of", "percent");
    }

    @Override
    public List<List<String>> csvRows() {
        return List.of(
                completedStillEmployed.csvRow(period, "aftercare_completed_still_employed"),
                List.of(period, "placements_started", Long.toString(placementsStarted), "", ""),
                runningAt3Months.csvRow(period, "placements_running_at_3_months"),
                runningAt6Months.csvRow(period, "placements_running_at_6_months"),
                runningAt12Months.csvRow(period, "placements_running_at_12_months"));
    }
}
