package nl.opstap.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The number of events of one type for one tenant, and when the latest happened. */
@Entity
@Table(name = "event_tally")
public class EventTally {

    @EmbeddedId
    public Key key;

    @Column(name = "event_count", nullable = false)
    public long eventCount;

    @Column(name = "last_event_at", nullable = false)
    public Instant lastEventAt;

    @Embeddable
    public record Key(@Column(name = "tenant") String tenant, @Column(name = "event_type") String eventType) implements Serializable {
    }

    /** The first event of its type for a tenant. */
    public static EventTally first(Key key, Instant at) {
        EventTally tally = new EventTally();
        tally.key = key;
        tally.eventCount = 1;
        tally.lastEventAt = at;
        return tally;
    }

    /** One more event; events may arrive out of order, so the latest time wins. */
    public void count(Instant at) {
        eventCount++;
        if (at.isAfter(lastEventAt)) {
            lastEventAt = at;
        }
    }
}
