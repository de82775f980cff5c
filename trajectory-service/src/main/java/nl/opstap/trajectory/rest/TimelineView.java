package nl.opstap.trajectory.rest;

import java.time.Instant;
import nl.opstap.trajectory.domain.TimelineEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimelineEntry")
record TimelineView(Instant occurredAt, String actor, String kind, String summary) {
    static TimelineView of(TimelineEntry e) {
        return new TimelineView(e.occurredAt, e.actor, e.kind.name(), e.summary);
    }
}
