package nl.opstap.trajectory.service;

import static nl.opstap.trajectory.domain.TimelineEntry.SYSTEM;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.EventPayload;
import nl.opstap.events.PlacementEnded;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.support.domain.NotFoundException;
import nl.opstap.support.domain.ResultWithEvents;
import nl.opstap.support.inbox.UnprocessableEventException;
import nl.opstap.support.outbox.EventPublisher;
import nl.opstap.support.time.Netherlands;
import nl.opstap.trajectory.domain.AftercareContact;
import nl.opstap.trajectory.domain.MaximumDurationRule;
import nl.opstap.trajectory.domain.ProgrammeDefinition;
import nl.opstap.trajectory.domain.TimelineKind;
import nl.opstap.trajectory.domain.Trajectory;
import nl.opstap.trajectory.domain.TrajectoryStatus;
import nl.opstap.trajectory.repository.AftercareContactRepository;
import nl.opstap.trajectory.repository.TrajectoryRepository;
import org.jboss.logging.Logger;

/** The trajectory lifecycle: start from admission, phases, placement and aftercare, ending, and the maximum duration. */
@ApplicationScoped
public class TrajectoryService {

    private static final Logger LOG = Logger.getLogger(TrajectoryService.class);

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
        return trajectories.findInTenant(tenant, id).orElseThrow(() -> new NotFoundException("Trajectory", id));
    }

    /** For reads of a trajectory's parts: the trajectory must exist in the caller's organisation. */
    public void requireExists(String tenant, UUID id) {
        if (!trajectories.existsInTenant(tenant, id)) {
            throw new NotFoundException("Trajectory", id);
        }
    }

    /** Starts the trajectory an admission asks for; a client with a running trajectory keeps that one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(String tenant, ClientAdmitted admitted) {
        if (trajectories.runningOfClient(admitted.clientId()).isPresent()) {
            LOG.infof("Client %s already has a running trajectory; admission %s not started again", admitted.clientId(), admitted.referralId());
            return;
        }
        ProgrammeDefinition programme = programmes.find(admitted.programmeId(), admitted.programmeVersion())
                .orElseThrow(() -> new UnprocessableEventException("Admission " + admitted.referralId() + " names programme version "
                        + admitted.programmeId() + "/" + admitted.programmeVersion() + ", which this service never published"));
        ResultWithEvents<Trajectory> started = Trajectory.start(tenant, admitted, programme, clock.instant());
        Trajectory t = started.aggregate();
        trajectories.persist(t);
        publish(t, started.events());
        timeline.record(t, SYSTEM, TimelineKind.STARTED, "Started in programme '" + programme.name() + "' v" + t.programmeVersion
                + ", phase " + t.phase + ", maximum end " + t.plannedEndOn);
    }

    @Transactional
    public Trajectory assignCoach(String tenant, UUID id, String coach, String actor) {
        Trajectory t = get(tenant, id);
        String previous = t.coach;
        t.assignCoach(coach);
        timeline.record(t, actor, TimelineKind.COACH_ASSIGNED, "Coach " + (previous == null ? "" : previous + " -> ") + coach);
        return t;
    }

    @Transactional
    public Trajectory changePhase(String tenant, UUID id, String phase, String actor) {
        Trajectory t = get(tenant, id);
        String from = t.phase;
        publish(t, t.changePhase(phase, programmes.definition(t.programmeId, t.programmeVersion), today()));
        timeline.record(t, actor, TimelineKind.PHASE_CHANGED, from + " -> " + phase);
        return t;
    }

    /** Ends an active trajectory with an outcome from the closed list. */
    @Transactional
    public Trajectory end(String tenant, UUID id, TrajectoryOutcome outcome, LocalDate endedOn, String note, String actor) {
        Trajectory t = get(tenant, id);
        publish(t, t.end(outcome, endedOn, note, today()));
        recordEnded(t, actor);
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
        publish(t, t.place(placed, programme.aftercareMonths()));
        recordEnded(t, SYSTEM);
        timeline.record(t, SYSTEM, TimelineKind.AFTERCARE_STARTED, "Aftercare until " + t.aftercareEndsOn);
        if (t.aftercareIsOver(today())) {
            closeAftercare(t);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void placementEnded(PlacementEnded ended) {
        trajectories.find("placementId", ended.placementId()).firstResultOptional()
                .filter(t -> t.status == TrajectoryStatus.IN_AFTERCARE)
                .ifPresent(t -> {
                    t.placementEnded(ended.endedOn());
                    timeline.record(t, SYSTEM, TimelineKind.PLACEMENT_ENDED,
                            "Placement ended on " + ended.endedOn() + " (" + ended.reason() + ")");
                });
    }

    @Transactional
    public AftercareContact recordAftercareContact(String tenant, UUID id, LocalDate contactOn, String kind, String notes, String actor) {
        Trajectory t = get(tenant, id);
        AftercareContact contact = AftercareContact.record(t, contactOn, kind, notes, actor, clock.instant(), today());
        aftercareContacts.persist(contact);
        timeline.record(t, actor, TimelineKind.AFTERCARE_CONTACT, kind + " on " + contactOn);
        return contact;
    }

    @Transactional
    public List<AftercareContact> aftercareContacts(String tenant, UUID id) {
        requireExists(tenant, id);
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
                publish(t, t.referBackAtMaximumEnd("Maximum duration reached: referred back to the municipality", today));
                recordEnded(t, SYSTEM);
            } else if (t.flagMaximumEndPassed(today)) {
                timeline.record(t, SYSTEM, TimelineKind.MAXIMUM_END_PASSED, "Maximum end date " + t.plannedEndOn + " passed; flagged");
            }
        }
    }

    /** Publishes what a transition of the trajectory caused, keyed by its client so their events stay in order. */
    void publish(Trajectory t, List<EventPayload> caused) {
        caused.forEach(event -> events.publish(t.tenant, t.clientId, event));
    }

    private void closeAftercare(Trajectory t) {
        publish(t, t.closeAftercare(today()));
        timeline.record(t, SYSTEM, TimelineKind.AFTERCARE_ENDED,
                "Aftercare closed; " + (t.stillEmployed() ? "still employed" : "placement ended"));
    }

    private void recordEnded(Trajectory t, String actor) {
        timeline.record(t, actor, TimelineKind.ENDED, "Ended on " + t.endedOn + " with outcome " + t.outcome
                + (t.outcomeNote == null ? "" : ": " + t.outcomeNote));
    }
}
