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
import java.util.UUID;
import nl.opstap.events.vocabulary.TrajectoryOutcome;

/** A client's trajectory under one programme version. Transitions are guarded here; see {@link TrajectoryStatus}. */
@Entity
@Table(name = "trajectory")
public class Trajectory {

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

    /** Throws {@link IllegalTransitionException} unless the trajectory is in one of the given states. */
    public void requireStatus(String action, TrajectoryStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new IllegalTransitionException("Cannot " + action + ": trajectory is " + status + ", must be " + Arrays.toString(allowed));
        }
    }
}
