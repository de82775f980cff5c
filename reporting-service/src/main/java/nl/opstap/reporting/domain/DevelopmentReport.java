package nl.opstap.reporting.domain;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Development of clients: participation ladder, ZRM average and wage value, first against latest measurement")
public record DevelopmentReport(
        @Schema(description = "The period asked for") String period,
        @Schema(description = "One entry per measure: participation ladder, ZRM average, wage value") List<DevelopmentChange> measures)
        implements KpiTable {

    @Override
    public List<String> csvHeader() {
        return List.of("period", "measure", "clients", "average_first", "average_latest", "average_change", "improved", "unchanged",
                "declined");
    }

    @Override
    public List<List<String>> csvRows() {
        return measures.stream().map(m -> m.csvRow(period)).toList();
    }
}
