package nl.opstap.employer.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.opstap.employer.domain.LedgerEntry;

/** A contract's ledger as CSV (RFC 4180) for the employer's own administration; amounts both in cents and in euros. */
final class LedgerCsv {

    static final String MEDIA_TYPE = "text/csv";
    private static final String HEADER = "period,amount_cents,amount_eur,rule,source,placement_id,source_event_id,manual_entry_id,"
            + "approved_by,ruleset,credited_at,calculation";

    private LedgerCsv() {
    }

    static String of(List<LedgerEntry> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (LedgerEntry e : entries) {
            csv.append(Stream.of(e.period, String.valueOf(e.amountCents), BigDecimal.valueOf(e.amountCents, 2).toPlainString(), e.rule,
                            e.manualEntryId == null ? "PLACEMENT" : "MANUAL", e.placementId, e.sourceEventId, e.manualEntryId, e.approvedBy,
                            e.rulesetCode + "@" + e.rulesetVersion, e.creditedAt, e.calculation)
                    .map(value -> cell(Objects.toString(value, "")))
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes every cell, and defuses text a spreadsheet would run as a formula. */
    private static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
