package nl.opstap.trajectory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.AftercareEnded;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.EventPayload;
import nl.opstap.events.TrajectoryEnded;
import nl.opstap.events.TrajectoryExtended;
import nl.opstap.events.TrajectoryPhaseChanged;
import nl.opstap.events.TrajectoryStarted;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.support.domain.InvalidTransitionException;
import nl.opstap.support.domain.ResultWithEvents;

/**
 * A client's trajectory under one programme version. It owns its transitions: each checks that the current state
 * allows it, changes the state and returns the events it causes (see {@link TrajectoryStatus}).
 */
@Entity
@Table(name = "trajectory")
public class Trajectory {

    /** Dutch full-time work is 36-40 hours; from 32 hours a week a placement counts as full-time outflow. */
    private static final int FULL_TIME_HOURS = 32;

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(name = "programme_version", nullable = false)
    public int programmeVersion;

    /** The consultant or jobcoach who owns the trajectory (their username); null until assigned. */
    public String coach;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrajectoryStatus status;

    @Column(nullable = false)
    public String phase;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "planned_end_on", nullable = false)
    public LocalDate plannedEndOn;

    @Column(name = "max_end_flagged", nullable = false)
    public boolean maxEndFlagged;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    public TrajectoryOutcome outcome;

    @Column(name = "outcome_note")
    public String outcomeNote;

    @Column(name = "placement_id")
    public UUID placementId;

    @Column(name = "placed_on")
    public LocalDate placedOn;

    @Column(name = "aftercare_ends_on")
    public LocalDate aftercareEndsOn;

    @Column(name = "placement_ended_on")
    public LocalDate placementEndedOn;

    @Column(name = "next_review_on")
    public LocalDate nextReviewOn;

    @Column(name = "last_activity_at", nullable = false)
    public Instant lastActivityAt;

    @Version
    public long version;

    /**
     * Starts the trajectory an admission asks for: first phase, maximum end and first review from the programme
     * version it was admitted to.
     */
    public static ResultWithEvents<Trajectory> start(String tenant, ClientAdmitted admitted, ProgrammeDefinition programme, Instant now) {
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
        t.lastActivityAt = now;
        return new ResultWithEvents<>(t, List.of(new TrajectoryStarted(t.id, t.clientId, t.programmeId, t.programmeVersion, t.phase,
                t.startedOn, t.plannedEndOn)));
    }

    /** Hands the trajectory to a coach; possible while it runs, aftercare included. */
    public void assignCoach(String coach) {
        requireStatus("assign a coach", TrajectoryStatus.ACTIVE, TrajectoryStatus.IN_AFTERCARE);
        this.coach = coach;
    }

    /** Moves to another of the programme's phases. */
    public List<EventPayload> changePhase(String phase, ProgrammeDefinition programme, LocalDate today) {
        requireStatus("change phase", TrajectoryStatus.ACTIVE);
        if (!programme.phases().contains(phase)) {
            throw new UnknownPhaseException(programme.phases());
        }
        if (phase.equals(this.phase)) {
            throw new InvalidTransitionException("The trajectory is already in phase " + phase);
        }
        String from = this.phase;
        this.phase = phase;
        return List.of(new TrajectoryPhaseChanged(id, clientId, from, phase, today));
    }

    /** Ends an active trajectory by hand, on a day between its start and today. */
    public List<EventPayload> end(TrajectoryOutcome outcome, LocalDate endedOn, String note, LocalDate today) {
        requireStatus("end", TrajectoryStatus.ACTIVE);
        requireWithinRunningPeriod(endedOn, today);
        return finish(TrajectoryStatus.ENDED, outcome, endedOn, note);
    }

    /** A placement ends the trajectory with the outcome its contract means, and starts aftercare. */
    public List<EventPayload> place(ClientPlaced placed, int aftercareMonths) {
        requireStatus("place", TrajectoryStatus.ACTIVE);
        this.placementId = placed.placementId();
        this.placedOn = placed.placedOn();
        this.aftercareEndsOn = placed.placedOn().plusMonths(aftercareMonths);
        return finish(TrajectoryStatus.IN_AFTERCARE, outcomeOf(placed), placed.placedOn(),
                "Placed (" + placed.contractType() + ", " + placed.hoursPerWeek() + " h/week)");
    }

    static TrajectoryOutcome outcomeOf(ClientPlaced placed) {
        if (placed.contractType() == ContractType.WAGE_COST_SUBSIDY || placed.contractType() == ContractType.SHELTERED_WORK) {
            return TrajectoryOutcome.SUBSIDISED_WORK;
        }
        return placed.hoursPerWeek() >= FULL_TIME_HOURS ? TrajectoryOutcome.REGULAR_WORK_FULL_TIME : TrajectoryOutcome.REGULAR_WORK_PART_TIME;
    }

    /** Remembers that the placement ended during aftercare: the aftercare's result is then "no longer employed". */
    public void placementEnded(LocalDate endedOn) {
        requireStatus("end the placement", TrajectoryStatus.IN_AFTERCARE);
        this.placementEndedOn = endedOn;
    }

    public boolean aftercareIsOver(LocalDate today) {
        return status == TrajectoryStatus.IN_AFTERCARE && !aftercareEndsOn.isAfter(today);
    }

    public boolean stillEmployed() {
        return placementEndedOn == null;
    }

    /** Closes aftercare once its period is over. */
    public List<EventPayload> closeAftercare(LocalDate today) {
        requireStatus("close aftercare", TrajectoryStatus.IN_AFTERCARE);
        if (!aftercareIsOver(today)) {
            throw new InvalidTransitionException("Aftercare runs until " + aftercareEndsOn);
        }
        this.status = TrajectoryStatus.CLOSED;
        return List.of(new AftercareEnded(id, clientId, aftercareEndsOn, stillEmployed()));
    }

    public boolean isPastMaximumEnd(LocalDate today) {
        return status == TrajectoryStatus.ACTIVE && plannedEndOn.isBefore(today);
    }

    /** At the maximum end, a programme that refers back ends the trajectory on its maximum end date. */
    public List<EventPayload> referBackAtMaximumEnd(String note, LocalDate today) {
        requirePastMaximumEnd(today);
        return finish(TrajectoryStatus.ENDED, TrajectoryOutcome.REFERRED_BACK, plannedEndOn, note);
    }

    /** At the maximum end, a programme that flags keeps the trajectory running, flagged once; false when it already was. */
    public boolean flagMaximumEndPassed(LocalDate today) {
        requirePastMaximumEnd(today);
        if (maxEndFlagged) {
            return false;
        }
        maxEndFlagged = true;
        return true;
    }

    /** An approved extension moves the maximum end and clears the flag of a passed one; {@code number} counts approvals so far. */
    public List<EventPayload> extend(Extension extension, int number) {
        requireStatus("extend", TrajectoryStatus.ACTIVE);
        if (extension.status != ExtensionStatus.APPROVED) {
            throw new InvalidTransitionException("Extension " + extension.id + " is " + extension.status + ", not APPROVED");
        }
        this.plannedEndOn = plannedEndOn.plusMonths(extension.months);
        this.maxEndFlagged = false;
        return List.of(new TrajectoryExtended(id, clientId, number, extension.reasonCode, extension.months, plannedEndOn));
    }

    /** A review sets when to look again. */
    public void scheduleNextReview(LocalDate on) {
        requireStatus("record a review", TrajectoryStatus.ACTIVE);
        this.nextReviewOn = on;
    }

    /** Something a person did: it keeps the trajectory from being signalled as silent. */
    public void recordActivity(Instant at) {
        this.lastActivityAt = at;
    }

    /** A date in the trajectory's running period: from its start up to today. */
    public void requireWithinRunningPeriod(LocalDate date, LocalDate today) {
        if (date.isBefore(startedOn) || date.isAfter(today)) {
            throw new DateOutOfRangeException("must lie between the start (" + startedOn + ") and today");
        }
    }

    /** A date in aftercare: from the placement up to today. */
    public void requireWithinAftercare(LocalDate date, LocalDate today) {
        requireStatus("record aftercare", TrajectoryStatus.IN_AFTERCARE);
        if (date.isBefore(placedOn) || date.isAfter(today)) {
            throw new DateOutOfRangeException("must lie between the placement (" + placedOn + ") and today");
        }
    }

    /** Throws {@link InvalidTransitionException} unless the trajectory is in one of the given states. */
    public void requireStatus(String action, TrajectoryStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new InvalidTransitionException("Cannot " + action + ": trajectory is " + status + ", must be " + Arrays.toString(allowed));
        }
    }

    private void requirePastMaximumEnd(LocalDate today) {
        if (!isPastMaximumEnd(today)) {
            throw new InvalidTransitionException("The maximum end date " + plannedEndOn + " has not passed for an active trajectory");
        }
    }

    private List<EventPayload> finish(TrajectoryStatus status, TrajectoryOutcome outcome, LocalDate endedOn, String note) {
        this.status = status;
        this.outcome = outcome;
        this.endedOn = endedOn;
        this.outcomeNote = note;
        this.nextReviewOn = null;
        return List.of(new TrajectoryEnded(id, clientId, programmeId, outcome, startedOn, endedOn));
    }
}
