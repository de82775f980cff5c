package nl.opstap.reporting.domain;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A part of a whole, with the percentage rounded down to a whole number as the published outcome tables do
 * (Pastiel 2016: 388 of 1,059 is "36%").
 */
@Schema(description = "A count out of a total; percent is rounded down to a whole number and absent when the total is 0")
public record Share(
        @Schema(description = "How many meet the definition") long count,
        @Schema(description = "Out of how many") long of,
        @Schema(description = "100 * count / of, rounded down; absent when of is 0") Integer percent) {

    public static Share of(long count, long of) {
        return new Share(count, of, of == 0 ? null : (int) (100 * count / of));
    }

    /** A CSV row {@code period, metric, count, of, percent} of the KPI tables. */
    List<String> csvRow(String period, String metric) {
        return List.of(period, metric, Long.toString(count), Long.toString(of), percent == null ? "" : percent.toString());
    }
}
