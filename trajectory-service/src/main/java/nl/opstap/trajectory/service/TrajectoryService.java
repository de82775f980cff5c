package nl.opstap.trajectory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.AftercareEnded;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.PlacementEnded;
import nl.opstap.events.TrajectoryEnded;
import nl.opstap.events.TrajectoryPhaseChanged;
import nl.opstap.events.TrajectoryStarted;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.support.outbox.EventPublisher;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.time.Netherlands;
import nl.opstap.trajectory.domain.AftercareContact;
import nl.opstap.trajectory.domain.IllegalTransitionException;
import nl.opstap.trajectory.domain.MaximumDurationRule;
import nl.opstap.trajectory.domain.Trajectory;
import nl.opstap.trajectory.domain.TrajectoryStatus;
import nl.opstap.trajectory.repository.AftercareContactRepository;
import nl.opstap.trajectory.repository.TrajectoryRepository;
import org.jboss.logging.Logger;

/** The trajectory lifecycle: start from admission, phases, placement and aftercare, ending, and the maximum duration. */
@ApplicationScoped
public class TrajectoryService {

    private static final Logger LOG = Logger.getLogger(TrajectoryService.class);
    /** Dutch full-time work is 36-40 hours; from 32 hours a week a placement counts as full-time outflow. */
    private static final int FULL_TIME_HOURS = 32;

    private final TrajectoryRepository trajectories;
    private final AftercareContactRepository aftercareContacts;
    private final ProgrammeService programmes;
    private final Timeline timeline;
    private final EventPublisher events;
    private final Clock clock;

    TrajectoryService(TrajectoryRepository trajectories, AftercareContactRepository aftercareContacts, ProgrammeService programmes,
            Timeline timeline, EventPublisher events, Clock clock) {
        this.trajectories = trajectories;
        this.aftercareContacts = aftercareContacts;
        this.programmes = programmes;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return Netherlands.today(clock);
    }

    public Trajectory get(String tenant, UUID id) {
        return trajectories.findInTenant(tenant, id).orElseThrow(() -> ProblemException.notFound("Trajectory", id));
    }

    /** Starts the trajectory an admission asks for; a client with a running trajectory keeps that one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(String tenant, ClientAdmitted admitted) {
        if (trajectories.runningOfClient(admitted.clientId()).isPresent()) {
            LOG.infof("Client %s already has a running trajectory; admission %s not started again", admitted.clientId(), admitted.referralId());
            return;
        }
        ProgrammeDefinition programme = programmes.definition(admitted.programmeId(), admitted.programmeVersion());
        Trajectory t = new Trajectory();
        t.id = UUID.randomUUID();
        t.tenant = tenant;
        t.clientId = admitted.clientId();
        t.programmeId = admitted.programmeId();
        t.programmeVersion = admitted.programmeVersion();
        t.status = TrajectoryStatus.ACTIVE;
        t.phase = programme.phases().get(0);
        t.startedOn = admitted.admittedOn();
        t.plannedEndOn = t.startedOn.plusMonths(programme.maxDurationMonths());
        t.nextReviewOn = programme.nextReviewAfter(t.startedOn, t.startedOn);
        t.lastActivityAt = clock.instant();
        trajectories.persist(t);
        timeline.record(t, Timeline.SYSTEM, "STARTED", "Started in programme '" + programme.name() + "' v" + t.programmeVersion
                + ", phase " + t.phase + ", maximum end " + t.plannedEndOn);
        events.publish(tenant, t.clientId, new TrajectoryStarted(t.id, t.clientId, t.programmeId, t.programmeVersion, t.phase,
                t.startedOn, t.plannedEndOn));
    }

    @Transactional
    public Trajectory assignCoach(String tenant, UUID id, String coach, String actor) {
        Trajectory t = get(tenant, id);
        t.requireStatus("assign a coach", TrajectoryStatus.ACTIVE, TrajectoryStatus.IN_AFTERCARE);
        timeline.record(t, actor, "COACH_ASSIGNED", "Coach " + (t.coach == null ? "" : t.coach + " -> ") + coach);
        t.coach = coach;
        return t;
    }

    @Transactional
    public Trajectory changePhase(String tenant, UUID id, String phase, String actor) {
        Trajectory t = get(tenant, id);
        t.requireStatus("change phase", TrajectoryStatus.ACTIVE);
        ProgrammeDefinition programme = programmes.definition(t.programmeId, t.programmeVersion);
        if (!programme.phases().contains(phase)) {
            throw ProblemException.invalid("phase", "must be one of the programme's phases " + programme.phases());
        }
        if (phase.equals(t.phase)) {
            throw new IllegalTransitionException("The trajectory is already in phase " + phase);
        }
        String from = t.phase;
        t.phase = phase;
        timeline.record(t, actor, "PHASE_CHANGED", from + " -> " + phase);
        events.publish(t.tenant, t.clientId, new TrajectoryPhaseChanged(t.id, t.clientId, from, phase, today()));
        return t;
    }

    /** Ends an active trajectory with an outcome from the closed list. */
    @Transactional
    public Trajectory end(String tenant, UUID id, TrajectoryOutcome outcome, LocalDate endedOn, String note, String actor) {
        Trajectory t = get(tenant, id);
        t.requireStatus("end", TrajectoryStatus.ACTIVE);
        if (endedOn.isBefore(t.startedOn) || endedOn.isAfter(today())) {
            throw ProblemException.invalid("endedOn", "must lie between the start (" + t.startedOn + ") and today");
        }
        finish(t, TrajectoryStatus.ENDED, outcome, endedOn, note, actor);
        return t;
    }

    /** Placement (from matching) ends the trajectory with its outcome and starts aftercare. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void placed(ClientPlaced placed) {
        Trajectory t = trajectories.runningOfClient(placed.clientId()).orElse(null);
        if (t == null || t.status != TrajectoryStatus.ACTIVE) {
            LOG.infof("Placement %s for client %s without an active trajectory; nothing to move", placed.placementId(), placed.clientId());
            return;
        }
        ProgrammeDefinition programme = programmes.definition(t.programmeId, t.programmeVersion);
        t.placementId = placed.placementId();
        t.placedOn = placed.placedOn();
        t.aftercareEndsOn = placed.placedOn().plusMonths(programme.aftercareMonths());
        finish(t, TrajectoryStatus.IN_AFTERCARE, outcomeOf(placed), placed.placedOn(),
                "Placed (" + placed.contractType() + ", " + placed.hoursPerWeek() + " h/week)", Timeline.SYSTEM);
        timeline.record(t, Timeline.SYSTEM, "AFTERCARE_STARTED", "Aftercare until " + t.aftercareEndsOn);
        if (!t.aftercareEndsOn.isAfter(today())) {
            closeAftercare(t);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void placementEnded(PlacementEnded ended) {
        trajectories.find("placementId", ended.placementId()).firstResultOptional()
                .filter(t -> t.status == TrajectoryStatus.IN_AFTERCARE)
                .ifPresent(t -> {
                    t.placementEndedOn = ended.endedOn();
                    timeline.record(t, Timeline.SYSTEM, "PLACEMENT_ENDED", "Placement ended on " + ended.endedOn() + " (" + ended.reason() + ")");
                });
    }

    @Transactional
    public AftercareContact recordAftercareContact(String tenant, UUID id, LocalDate contactOn, String kind, String notes, String actor) {
        Trajectory t = get(tenant, id);
        t.requireStatus("record aftercare", TrajectoryStatus.IN_AFTERCARE);
        if (contactOn.isBefore(t.placedOn) || contactOn.isAfter(today())) {
            throw ProblemException.invalid("contactOn", "must lie between the placement (" + t.placedOn + ") and today");
        }
        AftercareContact contact = new AftercareContact();
        contact.id = UUID.randomUUID();
        contact.trajectoryId = id;
        contact.contactOn = contactOn;
        contact.kind = kind;
        contact.notes = notes;
        contact.recordedAt = clock.instant();
        contact.recordedBy = actor;
        aftercareContacts.persist(contact);
        timeline.record(t, actor, "AFTERCARE_CONTACT", kind + " on " + contactOn);
        return contact;
    }

    @Transactional
    public List<AftercareContact> aftercareContacts(String tenant, UUID id) {
        get(tenant, id);
        return aftercareContacts.ofTrajectory(id);
    }

    /**
     * The daily sweep: closes aftercare periods that are over and applies each programme's rule to
     * trajectories past their maximum end date.
     */
    @Transactional
    public void sweep() {
        LocalDate today = today();
        trajectories.aftercareDue(today).forEach(this::closeAftercare);
        for (Trajectory t : trajectories.activePastEnd(today)) {
            ProgrammeDefinition programme = programmes.definition(t.programmeId, t.programmeVersion);
            if (programme.atMaximumDuration() == MaximumDurationRule.END_REFERRED_BACK) {
                finish(t, TrajectoryStatus.ENDED, TrajectoryOutcome.REFERRED_BACK, t.plannedEndOn,
                        "Maximum duration reached: referred back to the municipality", Timeline.SYSTEM);
            } else if (!t.maxEndFlagged) {
                t.maxEndFlagged = true;
                timeline.record(t, Timeline.SYSTEM, "MAXIMUM_END_PASSED", "Maximum end date " + t.plannedEndOn + " passed; flagged");
            }
        }
    }

    private void closeAftercare(Trajectory t) {
        t.status = TrajectoryStatus.CLOSED;
        boolean stillEmployed = t.placementEndedOn == null;
        timeline.record(t, Timeline.SYSTEM, "AFTERCARE_ENDED", "Aftercare closed; " + (stillEmployed ? "still employed" : "placement ended"));
        events.publish(t.tenant, t.clientId, new AftercareEnded(t.id, t.clientId, t.aftercareEndsOn, stillEmployed));
    }

    private void finish(Trajectory t, TrajectoryStatus status, TrajectoryOutcome outcome, LocalDate endedOn, String note, String actor) {
        t.status = status;
        t.outcome = outcome;
        t.endedOn = endedOn;
        t.outcomeNote = note;
        t.nextReviewOn = null;
        timeline.record(t, actor, "ENDED", "Ended on " + endedOn + " with outcome " + outcome + (note == null ? "" : ": " + note));
        events.publish(t.tenant, t.clientId, new TrajectoryEnded(t.id, t.clientId, t.programmeId, outcome, t.startedOn, endedOn));
    }

    static TrajectoryOutcome outcomeOf(ClientPlaced placed) {
        if (placed.contractType() == ContractType.WAGE_COST_SUBSIDY || placed.contractType() == ContractType.SHELTERED_WORK) {
            return TrajectoryOutcome.SUBSIDISED_WORK;
        }
        return placed.hoursPerWeek() >= FULL_TIME_HOURS ? TrajectoryOutcome.REGULAR_WORK_FULL_TIME : TrajectoryOutcome.REGULAR_WORK_PART_TIME;
    }
}
