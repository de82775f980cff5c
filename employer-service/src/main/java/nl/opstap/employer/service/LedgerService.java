package nl.opstap.employer.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.opstap.employer.config.EmployerConfig;
import nl.opstap.employer.domain.LedgerEntry;
import nl.opstap.employer.domain.ManualEntry;
import nl.opstap.employer.domain.ManualEntryStatus;
import nl.opstap.employer.domain.MonthCredit;
import nl.opstap.employer.domain.Placement;
import nl.opstap.employer.domain.RulesetDefinition;
import nl.opstap.employer.domain.SroiCalculator;
import nl.opstap.employer.domain.SroiContract;
import nl.opstap.employer.repository.ContractRepository;
import nl.opstap.employer.repository.CreditablePair;
import nl.opstap.employer.repository.LedgerRepository;
import nl.opstap.employer.repository.ManualEntryRepository;
import nl.opstap.employer.repository.PlacementRepository;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.PlacementEnded;
import nl.opstap.events.vocabulary.ManualCreditKind;
import nl.opstap.support.domain.NotFoundException;
import nl.opstap.support.outbox.EventPublisher;
import nl.opstap.support.time.Netherlands;
import org.jboss.logging.Logger;

/**
 * The SROI ledger: placements reported by matching-service, credited month by month on the contractor's signed
 * contracts by the daily sweep, and manual credits approved by a second person.
 */
@ApplicationScoped
public class LedgerService {

    private static final Logger LOG = Logger.getLogger(LedgerService.class);

    private final PlacementRepository placements;
    private final ContractRepository contracts;
    private final LedgerRepository ledger;
    private final ManualEntryRepository manualEntries;
    private final ContractService contractService;
    private final EventPublisher events;
    private final EmployerConfig config;
    private final Clock clock;

    LedgerService(PlacementRepository placements, ContractRepository contracts, LedgerRepository ledger, ManualEntryRepository manualEntries,
            ContractService contractService, EventPublisher events, EmployerConfig config, Clock clock) {
        this.placements = placements;
        this.contracts = contracts;
        this.ledger = ledger;
        this.manualEntries = manualEntries;
        this.contractService = contractService;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /** Remembers a placement; one whose end arrived first is completed, a repeated one changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void placed(String tenant, UUID eventId, ClientPlaced placed) {
        placements.findByIdOptional(placed.placementId()).ifPresentOrElse(
                placement -> placement.placed(eventId, placed),
                () -> placements.persist(Placement.ofPlaced(tenant, eventId, placed)));
    }

    /** Records the end; before its ClientPlaced it is parked on a placement that is not known yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ended(String tenant, PlacementEnded ended) {
        placements.findByIdOptional(ended.placementId()).ifPresentOrElse(
                placement -> placement.ended(ended),
                () -> placements.persist(Placement.ofEnded(tenant, ended)));
    }

    /**
     * Credits every month that has settled (complete, or cut short by the placement's or the contract's end, at
     * least the settlement days ago) and is not credited yet; a month is credited at most once per contract and
     * placement, however often this runs. Each placement and contract is credited in a transaction of its own:
     * a large organisation's sweep stays within the transaction timeout, and one failing pair (logged by id, tried
     * again the next day) does not hold back the others. Returns how many entries it made.
     */
    public int accrue() {
        LocalDate settledBefore = Netherlands.today(clock).minusDays(config.sroi().settlementDays());
        List<CreditablePair> pairs = QuarkusTransaction.requiringNew().call(placements::creditable);
        int credited = 0;
        for (CreditablePair pair : pairs) {
            try {
                credited += QuarkusTransaction.requiringNew().call(() -> accrue(placements.findById(pair.placementId()),
                        contracts.findById(pair.contractId()), settledBefore));
            } catch (RuntimeException e) {
                LOG.errorf(e, "SROI accrual failed for placement %s on contract %s; the next sweep tries again", pair.placementId(),
                        pair.contractId());
            }
        }
        return credited;
    }

    private int accrue(Placement placement, SroiContract contract, LocalDate settledBefore) {
        RulesetDefinition rules = contractService.rulesetOf(contract).rules();
        LocalDate first = placement.placedOn.isAfter(contract.startsOn) ? placement.placedOn : contract.startsOn;
        LocalDate last = placement.endedOn != null && placement.endedOn.isBefore(contract.endsOn) ? placement.endedOn : contract.endsOn;
        Set<String> alreadyCredited = ledger.creditedPeriods(contract.id, placement.placementId);
        int credited = 0;
        for (YearMonth month = YearMonth.from(first); !month.atDay(1).isAfter(last); month = month.plusMonths(1)) {
            LocalDate lastCounted = month.atEndOfMonth().isBefore(last) ? month.atEndOfMonth() : last;
            if (!lastCounted.isBefore(settledBefore)) {
                break;
            }
            if (alreadyCredited.contains(month.toString())) {
                continue;
            }
            var credit = SroiCalculator.month(rules, placement, contract, month);
            if (credit.isPresent()) {
                credit(LedgerEntry.ofPlacement(contract, placement, month, credit.get(), clock.instant()));
                credited++;
            }
        }
        return credited;
    }

    @Transactional
    public ManualEntry requestManual(Viewer viewer, UUID contractId, ManualCreditKind kind, YearMonth period, long quantity,
            String evidenceReference, String note) {
        SroiContract contract = contractService.get(viewer, contractId);
        ManualEntry entry = ManualEntry.request(contract, kind, period, quantity, evidenceReference, note, viewer.name(), clock.instant());
        manualEntries.persist(entry);
        return entry;
    }

    /** A second person approves (crediting the ledger under the contract's frozen ruleset) or rejects. */
    @Transactional
    public ManualEntry decide(Viewer viewer, UUID contractId, UUID entryId, boolean approve) {
        SroiContract contract = contractService.get(viewer, contractId);
        ManualEntry entry = manualEntries.find(viewer.tenant(), contractId, entryId)
                .orElseThrow(() -> new NotFoundException("Manual entry", entryId));
        entry.decide(approve, viewer.name(), clock.instant());
        if (entry.status == ManualEntryStatus.APPROVED) {
            MonthCredit credit = SroiCalculator.manual(contractService.rulesetOf(contract).rules(), entry.kind, entry.quantity);
            LedgerEntry credited = LedgerEntry.ofManual(contract, entry, credit, clock.instant());
            ledger.persist(credited);
            events.publish(credited.tenant, credited.employerId, credited.manuallyCredited(entry));
        }
        return entry;
    }

    public PanacheQuery<ManualEntry> manualEntries(Viewer viewer, UUID contractId) {
        contractService.get(viewer, contractId);
        return manualEntries.ofContract(viewer.tenant(), contractId);
    }

    /** Obligation, realised, remaining and the forecast at the pace so far. */
    public LedgerSummary summary(Viewer viewer, UUID contractId) {
        SroiContract contract = contractService.get(viewer, contractId);
        long realised = ledger.realisedCents(contract.id);
        LocalDate today = Netherlands.today(clock);
        LocalDate countedUntil = today.isAfter(contract.endsOn) ? contract.endsOn.plusDays(1) : today;
        long elapsedDays = ChronoUnit.DAYS.between(contract.startsOn, countedUntil);
        // The pace is what was realised per day so far; before the first full day there is no pace to go by.
        Long forecast = elapsedDays <= 0 ? null : Math.multiplyExact(realised, contract.durationDays()) / elapsedDays;
        return new LedgerSummary(contract, realised, Math.max(0, contract.obligationCents - realised), forecast);
    }

    public PanacheQuery<LedgerEntry> entries(Viewer viewer, UUID contractId) {
        contractService.get(viewer, contractId);
        return ledger.ofContract(contractId);
    }

    private void credit(LedgerEntry entry) {
        ledger.persist(entry);
        events.publish(entry.tenant, entry.employerId, entry.placementCredited());
    }
}
