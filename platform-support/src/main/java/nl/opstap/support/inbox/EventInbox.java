package nl.opstap.support.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.EventPayload;
import nl.opstap.events.MalformedEventException;

/**
 * Idempotent consumption. A consumer calls {@link #accept} inside the transaction that applies the event:
 * the event id is recorded in that same transaction, so an event is applied once however often it is delivered,
 * and a failed apply leaves no record behind (the redelivery or the dead-letter topic takes it from there).
 */
@ApplicationScoped
public class EventInbox {

    private final EntityManager entityManager;
    private final Clock clock;

    EventInbox(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Parses a message and claims it for this consumer.
     *
     * @return the envelope when this is the first delivery to {@code consumer}; empty for a redelivery
     * @throws MalformedEventException when the message is not a known Opstap event; the channel's
     *                                 dead-letter strategy then moves it aside with the reason
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<EventEnvelope<? extends EventPayload>> accept(String consumer, String message) {
        if (message == null) {
            throw new MalformedEventException("Empty message", null);
        }
        EventEnvelope<? extends EventPayload> envelope = EventJson.read(message);
        // ON CONFLICT DO NOTHING also settles a race between two instances: the second insert waits for
        // the first transaction and then inserts nothing.
        int claimed = entityManager.createNativeQuery("""
                insert into processed_event (consumer, event_id, event_type, processed_at)
                values (?1, ?2, ?3, ?4)
                on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, envelope.id())
                .setParameter(3, envelope.type())
                .setParameter(4, clock.instant())
                .executeUpdate();
        return claimed == 1 ? Optional.of(envelope) : Optional.empty();
    }
}
