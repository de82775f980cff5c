package nl.opstap.employer.rest;

import java.time.Instant;
import java.util.UUID;
import nl.opstap.employer.domain.LedgerEntry;

/** One credit and its source: a placement's ClientPlaced event, or a manual entry and the second person who approved it. */
public record LedgerEntryView(UUID id, String period, long amountCents, String rule, String calculation, String source, UUID placementId,
        UUID sourceEventId, UUID manualEntryId, String approvedBy, String ruleset, Instant creditedAt) {

    static LedgerEntryView of(LedgerEntry e) {
        return new LedgerEntryView(e.id, e.period, e.amountCents, e.rule, e.calculation, e.manualEntryId == null ? "PLACEMENT" : "MANUAL",
                e.placementId, e.sourceEventId, e.manualEntryId, e.approvedBy, e.rulesetCode + "@" + e.rulesetVersion, e.creditedAt);
    }
}
