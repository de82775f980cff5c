package nl.opstap.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.AftercareEnded;
import nl.opstap.events.BenefitResumed;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.ClientProfile;
import nl.opstap.events.ClientReferredBack;
import nl.opstap.events.DataSubjectRequested;
import nl.opstap.events.DevelopmentMeasured;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.EventPayload;
import nl.opstap.events.PlacementEnded;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.events.ReferralReceived;
import nl.opstap.events.SroiContractSigned;
import nl.opstap.events.SroiCredited;
import nl.opstap.events.SroiManuallyCredited;
import nl.opstap.events.TrajectoryEnded;
import nl.opstap.events.TrajectoryExtended;
import nl.opstap.events.TrajectoryStarted;
import nl.opstap.events.vocabulary.AgeBand;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.DataSubjectRight;
import nl.opstap.events.vocabulary.ManualCreditKind;
import nl.opstap.events.vocabulary.PriceUnit;
import nl.opstap.events.vocabulary.ReferBackReason;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.support.testing.TopicWriter;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Builds a constructed event set for one organisation and one programme of its own (a fresh id per test, so
 * figures filtered by it start at zero), and puts it on the real topics as the producing services would.
 */
public final class JourneyEvents {

    public static final String MUNICIPALITY = "GM0344";

    private final String tenant;
    private final UUID programmeId = UUID.randomUUID();
    private final List<ProducerRecord<String, String>> records = new ArrayList<>();
    private final List<String> written = new ArrayList<>();
    private final Map<UUID, UUID> referralByClient = new HashMap<>();

    public JourneyEvents(String tenant) {
        this.tenant = tenant;
    }

    public UUID programmeId() {
        return programmeId;
    }

    public JourneyEvents programme(int maxDurationMonths) {
        return programme(maxDurationMonths, "7000.00", PriceUnit.PER_TRAJECTORY);
    }

    public JourneyEvents programme(int maxDurationMonths, String priceEur, PriceUnit priceUnit) {
        return add("trajectory-service", programmeId, new ProgrammePublished(programmeId, 1, "Werkfit " + programmeId, List.of(TargetGroup.PARTICIPATIEWET),
                List.of(), List.of(), List.of("diagnose", "training"), 3, maxDurationMonths, 1, 6, 6, BenefitSituation.RETAINED_BENEFIT,
                new BigDecimal(priceEur), priceUnit));
    }

    public JourneyEvents referral(UUID client, LocalDate on) {
        return add("intake-service", client, new ReferralReceived(referralOf(client), client, MUNICIPALITY, TargetGroup.PARTICIPATIEWET,
                BenefitSituation.RETAINED_BENEFIT, programmeId, on));
    }

    public JourneyEvents admitted(UUID client, LocalDate on) {
        return add("intake-service", client, new ClientAdmitted(client, referralOf(client), MUNICIPALITY, programmeId, 1, on,
                TargetGroup.PARTICIPATIEWET, BenefitSituation.RETAINED_BENEFIT,
                new ClientProfile(3, 60, null, null, List.of(), 24, "3526", 30, List.of(), List.of()), AgeBand.FROM_27_TO_44));
    }

    /** intake-service erased the client (on request, or after the retention period). */
    public JourneyEvents erased(UUID client, LocalDate on) {
        return add("intake-service", client, new DataSubjectRequested(UUID.randomUUID(), client, DataSubjectRight.ERASURE, on, null));
    }

    public JourneyEvents referredBack(UUID client, ReferBackReason reason, LocalDate on) {
        return add("intake-service", client, new ClientReferredBack(client, referralOf(client), MUNICIPALITY, reason, on));
    }

    public JourneyEvents started(UUID trajectory, UUID client, LocalDate on) {
        return add("trajectory-service", client, new TrajectoryStarted(trajectory, client, programmeId, 1, "diagnose", on, on.plusMonths(12)));
    }

    public JourneyEvents extended(UUID trajectory, UUID client, int number, LocalDate newEnd) {
        return add("trajectory-service", client, new TrajectoryExtended(trajectory, client, number, "MORE_TRAINING", 3, newEnd));
    }

    public JourneyEvents ended(UUID trajectory, UUID client, TrajectoryOutcome outcome, LocalDate startedOn, LocalDate endedOn) {
        return add("trajectory-service", client, new TrajectoryEnded(trajectory, client, programmeId, outcome, startedOn, endedOn));
    }

    public JourneyEvents aftercareEnded(UUID trajectory, UUID client, LocalDate on, boolean stillEmployed) {
        return add("trajectory-service", client, new AftercareEnded(trajectory, client, on, stillEmployed));
    }

    public JourneyEvents placed(UUID placement, UUID client, UUID employer, ContractType contract, int hoursPerWeek, LocalDate on) {
        return add("matching-service", client, new ClientPlaced(placement, client, UUID.randomUUID(), employer, contract, hoursPerWeek,
                TargetGroup.PARTICIPATIEWET, false, on));
    }

    public JourneyEvents placementEnded(UUID placement, UUID client, UUID employer, LocalDate on) {
        return add("matching-service", client, new PlacementEnded(placement, client, employer, "CONTRACT_ENDED", on));
    }

    /** One development measurement: exactly one of ladder step, ZRM average ("3.5") or wage value is given. */
    public JourneyEvents measured(UUID client, LocalDate on, Integer ladderStep, String zrmAverage, Integer wageValue) {
        return add("intake-service", client, new DevelopmentMeasured(UUID.randomUUID(), client, on, ladderStep,
                zrmAverage == null ? null : new BigDecimal(zrmAverage), wageValue));
    }

    public JourneyEvents benefitResumed(UUID client, LocalDate on) {
        return add("intake-service", client, new BenefitResumed(client, MUNICIPALITY, on));
    }

    public JourneyEvents sroiCredited(UUID employer, UUID contract, UUID placement, UUID client, String month, String euros) {
        return add("employer-service", employer, new SroiCredited(UUID.randomUUID(), employer, contract, placement, client, month,
                new BigDecimal(euros), "UTRECHT-BOUWBLOK-2026", new BigDecimal(euros).movePointRight(2).longValueExact()));
    }

    public JourneyEvents sroiContractSigned(UUID employer, UUID contract, String tender, long obligationCents, LocalDate startsOn, LocalDate endsOn) {
        return add("employer-service", employer, new SroiContractSigned(contract, employer, "Gemeente Utrecht", tender, obligationCents * 20, 500,
                obligationCents, startsOn, endsOn, "UTRECHT-BOUWBLOK-2026@1"));
    }

    public JourneyEvents sroiManuallyCredited(UUID employer, UUID contract, ManualCreditKind kind, long quantity, String month, long cents) {
        return add("employer-service", employer, new SroiManuallyCredited(UUID.randomUUID(), employer, contract, kind, quantity, month,
                BigDecimal.valueOf(cents, 2), cents, "UTRECHT-BOUWBLOK-2026@1"));
    }

    /** A client admitted on {@code admittedOn} who leaves for work on {@code endedOn} through a placement of so many hours. */
    public JourneyEvents leaverToWork(LocalDate admittedOn, LocalDate endedOn, TrajectoryOutcome outcome, Integer placementHours) {
        UUID client = UUID.randomUUID();
        UUID trajectory = UUID.randomUUID();
        admitted(client, admittedOn).started(trajectory, client, admittedOn);
        if (placementHours != null) {
            placed(UUID.randomUUID(), client, UUID.randomUUID(), ContractType.PERMANENT, placementHours, endedOn);
        }
        return ended(trajectory, client, outcome, admittedOn, endedOn);
    }

    /** Every message written so far, as JSON, for scans of what downstream topics may contain. */
    public List<String> written() {
        return List.copyOf(written);
    }

    /** Sends what was built, in the order built, and starts a new batch. */
    public JourneyEvents send() {
        TopicWriter.sendAll(List.copyOf(records));
        records.clear();
        return this;
    }

    /** The records built so far, unsent, so a test can reorder or repeat them. */
    public List<ProducerRecord<String, String>> drain() {
        List<ProducerRecord<String, String>> drained = List.copyOf(records);
        records.clear();
        return drained;
    }

    private UUID referralOf(UUID client) {
        return referralByClient.computeIfAbsent(client, c -> UUID.randomUUID());
    }

    private JourneyEvents add(String source, UUID subject, EventPayload data) {
        String json = EventJson.write(EventEnvelope.of(source, tenant, subject.toString(), Instant.now(), data));
        records.add(new ProducerRecord<>(data.eventType().topic(), subject.toString(), json));
        written.add(json);
        return this;
    }
}
