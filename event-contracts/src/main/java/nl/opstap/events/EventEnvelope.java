package nl.opstap.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The one envelope every Opstap event travels in, in the spirit of CloudEvents 1.0.
 *
 * @param id      unique per event; consumers deduplicate on it
 * @param type    versioned type, e.g. {@code nl.opstap.client.placed.v1}
 * @param source  the publishing service, e.g. {@code intake-service}
 * @param time    when the fact happened (commit time of the state change)
 * @param tenant  the executing organisation the fact belongs to
 * @param subject the aggregate's pseudonymous id (never a BSN); also the Kafka key
 * @param data    the event payload
 */
public record EventEnvelope<T>(UUID id, String type, String source, Instant time, String tenant, String subject, T data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
    }

    /** A new envelope for a payload; the type comes from the payload itself so they cannot disagree. */
    public static <T extends EventPayload> EventEnvelope<T> of(String source, String tenant, String subject, Instant time, T data) {
        return new EventEnvelope<>(UUID.randomUUID(), data.eventType().type(), source, time, tenant, subject, data);
    }
}
