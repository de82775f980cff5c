package nl.opstap.trajectory.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import nl.opstap.trajectory.domain.TimelineEntry;
import nl.opstap.trajectory.domain.Trajectory;
import nl.opstap.trajectory.repository.TimelineRepository;

/** Writes a trajectory's history; every entry also counts as activity for the silent-drop-out signal. */
@ApplicationScoped
public class Timeline {

    /** The actor of changes made by the platform itself (events, the daily sweep). */
    public static final String SYSTEM = "system";

    private final TimelineRepository entries;
    private final Clock clock;

    Timeline(TimelineRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public void record(Trajectory trajectory, String actor, String kind, String summary) {
        TimelineEntry entry = new TimelineEntry();
        entry.trajectoryId = trajectory.id;
        entry.occurredAt = clock.instant();
        entry.actor = actor;
        entry.kind = kind;
        entry.summary = summary.length() > 1000 ? summary.substring(0, 1000) : summary;
        entries.persist(entry);
        if (!SYSTEM.equals(actor)) {
            trajectory.lastActivityAt = entry.occurredAt;
        }
    }
}
