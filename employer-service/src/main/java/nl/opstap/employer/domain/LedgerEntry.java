package nl.opstap.employer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import nl.opstap.events.SroiCredited;
import nl.opstap.events.SroiManuallyCredited;

/** One credit on a contract's SROI ledger, with its source: the placement event, or the manual entry and its approver. */
@Entity
@Table(name = "sroi_ledger_entry")
public class LedgerEntry {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "contract_id", nullable = false)
    public UUID contractId;

    @Column(name = "employer_id", nullable = false)
    public UUID employerId;

    @Column(nullable = false)
    public String period;

    @Column(name = "amount_cents", nullable = false)
    public long amountCents;

    @Column(nullable = false)
    public String rule;

    @Column(nullable = false)
    public String calculation;

    @Column(name = "placement_id")
    public UUID placementId;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "source_event_id")
    public UUID sourceEventId;

    @Column(name = "manual_entry_id")
    public UUID manualEntryId;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "ruleset_code", nullable = false)
    public String rulesetCode;

    @Column(name = "ruleset_version", nullable = false)
    public int rulesetVersion;

    @Column(name = "credited_at", nullable = false)
    public Instant creditedAt;

    public static LedgerEntry ofPlacement(SroiContract contract, Placement placement, YearMonth period, MonthCredit credit, Instant now) {
        LedgerEntry entry = create(contract, period, credit, now);
        entry.placementId = placement.placementId;
        entry.clientId = placement.clientId;
        entry.sourceEventId = placement.placedEventId;
        return entry;
    }

    public static LedgerEntry ofManual(SroiContract contract, ManualEntry manual, MonthCredit credit, Instant now) {
        LedgerEntry entry = create(contract, YearMonth.parse(manual.period), credit, now);
        entry.manualEntryId = manual.id;
        entry.approvedBy = manual.decidedBy;
        return entry;
    }

    /** The event for a month of a placement's credit. */
    public SroiCredited placementCredited() {
        return new SroiCredited(id, employerId, contractId, placementId, clientId, period, BigDecimal.valueOf(amountCents, 2),
                rulesetLabel(), amountCents);
    }

    /** The event for an approved manual entry: what was credited and how much, not the evidence or the people. */
    public SroiManuallyCredited manuallyCredited(ManualEntry manual) {
        return new SroiManuallyCredited(id, employerId, contractId, manual.kind, manual.quantity, period,
                BigDecimal.valueOf(amountCents, 2), amountCents, rulesetLabel());
    }

    private String rulesetLabel() {
        return rulesetCode + "@" + rulesetVersion;
    }

    private static LedgerEntry create(SroiContract contract, YearMonth period, MonthCredit credit, Instant now) {
        LedgerEntry entry = new LedgerEntry();
        entry.id = UUID.randomUUID();
        entry.tenant = contract.tenant;
        entry.contractId = contract.id;
        entry.employerId = contract.contractorEmployerId;
        entry.period = period.toString();
        entry.amountCents = credit.amountCents();
        entry.rule = credit.rule();
        entry.calculation = credit.calculation();
        entry.rulesetCode = contract.rulesetCode;
        entry.rulesetVersion = contract.rulesetVersion;
        entry.creditedAt = now;
        return entry;
    }
}
