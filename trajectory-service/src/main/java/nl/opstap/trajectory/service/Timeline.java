package nl.opstap.trajectory.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import nl.opstap.trajectory.domain.TimelineEntry;
import nl.opstap.trajectory.domain.TimelineKind;
import nl.opstap.trajectory.domain.Trajectory;
import nl.opstap.trajectory.repository.TimelineRepository;

/** Writes a trajectory's history; every entry a person causes also counts as activity for the silent-drop-out signal. */
@ApplicationScoped
public class Timeline {

    private final TimelineRepository entries;
    private final Clock clock;

    Timeline(TimelineRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public void record(Trajectory trajectory, String actor, TimelineKind kind, String summary) {
        TimelineEntry entry = TimelineEntry.of(trajectory.id, actor, kind, summary, clock.instant());
        entries.persist(entry);
        if (entry.byPerson()) {
            trajectory.recordActivity(entry.occurredAt);
        }
    }
}
