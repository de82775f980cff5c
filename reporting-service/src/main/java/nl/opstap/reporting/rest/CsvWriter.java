package nl.opstap.reporting.rest;

import java.util.List;
import java.util.stream.Collectors;
import nl.opstap.reporting.domain.KpiTable;

/** RFC 4180 CSV of a KPI table: a header row, CRLF line ends, fields quoted where they need it. */
final class CsvWriter {

    private CsvWriter() {
    }

    static String write(KpiTable table) {
        StringBuilder csv = new StringBuilder();
        line(csv, table.csvHeader());
        table.csvRows().forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(CsvWriter::field).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String field(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
