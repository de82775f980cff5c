package nl.opstap.reporting.rest;

import java.util.ArrayList;
import java.util.List;

/**
 * What the dashboard page renders: words already in the reader's language, figures both as chart series and as
 * formatted table cells, so that every number on a chart can also be read (and copied) from its table.
 *
 * @param programme id of the programme filtered on, empty for all
 * @param chartLibrary path of Chart.js in its web jar
 * @param chartData the charts as JSON for {@code dashboard.js}, with {@code <} escaped so it cannot end its script element
 */
public record DashboardView(
        String language,
        String otherLanguage,
        String user,
        String organisation,
        String period,
        String programme,
        List<ProgrammeOption> programmes,
        List<Chart> charts,
        String chartLibrary,
        String chartData) {

    /** One entry of the programme filter. */
    public record ProgrammeOption(String id, String name, boolean selected) {
    }

    /**
     * One chart and its table.
     *
     * @param type {@code bar}, {@code line} or {@code horizontal-bar}
     * @param unit what the values are: {@code count}, {@code percent} or {@code euro}
     * @param categories the x axis (the y axis of a horizontal bar chart), one table row each
     */
    public record Chart(String id, String type, String unit, String title, String headline, String explanation, String categoryHeader,
                        List<String> categories, List<Series> series) {

        /** The table under the chart: one row per category, one cell per series. */
        public List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < categories.size(); i++) {
                int row = i;
                rows.add(new Row(categories.get(i), series.stream().map(s -> s.cells().get(row)).toList()));
            }
            return rows;
        }
    }

    /**
     * One data series.
     *
     * @param values what the chart draws; null where there is no figure yet
     * @param cells the same values as the table shows them, formatted for the reader's language
     */
    public record Series(String label, List<Number> values, List<String> cells) {
    }

    /** A table row. */
    public record Row(String label, List<String> cells) {
    }
}
