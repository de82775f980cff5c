package nl.opstap.reporting.domain;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Change in one development measure between each client's first and latest measurement")
public record DevelopmentChange(
        DevelopmentMeasure measure,
        @Schema(description = "Clients with at least two measurements whose latest (up to the period's end) lies in the period") long clients,
        @Schema(description = "Average of their first measurements, two decimals; absent without clients") BigDecimal averageFirst,
        @Schema(description = "Average of their latest measurements, two decimals; absent without clients") BigDecimal averageLatest,
        @Schema(description = "averageLatest - averageFirst; absent without clients") BigDecimal averageChange,
        @Schema(description = "Clients whose latest measurement is higher than their first") Share improved,
        @Schema(description = "Clients whose latest measurement equals their first") Share unchanged,
        @Schema(description = "Clients whose latest measurement is lower than their first") Share declined) {

    List<String> csvRow(String period) {
        return List.of(period, measure.name(), Long.toString(clients), text(averageFirst), text(averageLatest), text(averageChange),
                Long.toString(improved.count()), Long.toString(unchanged.count()), Long.toString(declined.count()));
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
