package nl.opstap.employer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import nl.opstap.events.vocabulary.ManualCreditKind;
import nl.opstap.support.domain.InvalidTransitionException;
import nl.opstap.support.domain.RuleViolationException;

/** Credit claimed by hand with evidence; it counts only once a second person approves it (four eyes). */
@Entity
@Table(name = "sroi_manual_entry")
public class ManualEntry {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "contract_id", nullable = false)
    public UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ManualCreditKind kind;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public long quantity;

    @Column(name = "evidence_reference", nullable = false)
    public String evidenceReference;

    public String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ManualEntryStatus status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public static ManualEntry request(SroiContract contract, ManualCreditKind kind, YearMonth period, long quantity, String evidenceReference,
            String note, String by, Instant now) {
        if (!contract.isSigned()) {
            throw new InvalidTransitionException("Contract " + contract.id + " is not signed; only a signed contract earns credit");
        }
        if (period.isBefore(YearMonth.from(contract.startsOn)) || period.isAfter(YearMonth.from(contract.endsOn))) {
            throw new RuleViolationException("period " + period + " lies outside the contract's period " + contract.startsOn + " to "
                    + contract.endsOn);
        }
        ManualEntry entry = new ManualEntry();
        entry.id = UUID.randomUUID();
        entry.tenant = contract.tenant;
        entry.contractId = contract.id;
        entry.kind = kind;
        entry.period = period.toString();
        entry.quantity = quantity;
        entry.evidenceReference = evidenceReference;
        entry.note = note;
        entry.status = ManualEntryStatus.PENDING;
        entry.requestedBy = by;
        entry.requestedAt = now;
        return entry;
    }

    /** Approves or rejects; the person who asked for the credit cannot decide on it. */
    public void decide(boolean approve, String by, Instant now) {
        if (status != ManualEntryStatus.PENDING) {
            throw new InvalidTransitionException("Manual entry " + id + " is " + status + " already");
        }
        if (requestedBy.equals(by)) {
            throw new RuleViolationException("A manual entry needs a second person: the requester cannot approve or reject it");
        }
        status = approve ? ManualEntryStatus.APPROVED : ManualEntryStatus.REJECTED;
        decidedBy = by;
        decidedAt = now;
    }
}
