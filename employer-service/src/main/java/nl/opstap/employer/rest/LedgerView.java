package nl.opstap.employer.rest;

import java.util.UUID;
import nl.opstap.support.rest.PageResponse;
import nl.opstap.employer.service.LedgerSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A contract's SROI ledger in euro cents; forecastCents extrapolates the pace so far to the contract's end")
public record LedgerView(UUID contractId, String ruleset, long obligationCents, long realisedCents, long remainingCents, Long forecastCents,
        PageResponse<LedgerEntryView> entries) {

    static LedgerView of(LedgerSummary summary, String ruleset, PageResponse<LedgerEntryView> entries) {
        return new LedgerView(summary.contract().id, ruleset, summary.contract().obligationCents, summary.realisedCents(),
                summary.remainingCents(), summary.forecastCents(), entries);
    }
}
