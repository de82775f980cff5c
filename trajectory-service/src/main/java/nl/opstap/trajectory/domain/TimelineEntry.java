package nl.opstap.trajectory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of a trajectory's history: what happened, who did it, when. Append-only. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {

    /** The actor of changes made by the platform itself (events, the daily sweep, a policy's refusal). */
    public static final String SYSTEM = "system";
    /** The summary column's length. */
    static final int MAX_SUMMARY = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "trajectory_id", nullable = false)
    public UUID trajectoryId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TimelineKind kind;

    @Column(nullable = false)
    public String summary;

    public static TimelineEntry of(UUID trajectoryId, String actor, TimelineKind kind, String summary, Instant now) {
        TimelineEntry entry = new TimelineEntry();
        entry.trajectoryId = trajectoryId;
        entry.occurredAt = now;
        entry.actor = actor;
        entry.kind = kind;
        entry.summary = summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY) : summary;
        return entry;
    }

    /** Whether a person did it: only that counts as activity against silent drop-out. */
    public boolean byPerson() {
        return !SYSTEM.equals(actor);
    }
}
