package nl.opstap.employer.rest;

import java.time.Instant;
import java.util.UUID;
import nl.opstap.employer.domain.ManualEntry;
import nl.opstap.employer.domain.ManualEntryStatus;
import nl.opstap.events.vocabulary.ManualCreditKind;

public record ManualEntryView(UUID id, ManualCreditKind kind, String period, long quantity, String evidenceReference, String note,
        ManualEntryStatus status, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt) {

    static ManualEntryView of(ManualEntry e) {
        return new ManualEntryView(e.id, e.kind, e.period, e.quantity, e.evidenceReference, e.note, e.status, e.requestedBy, e.requestedAt,
                e.decidedBy, e.decidedAt);
    }
}
