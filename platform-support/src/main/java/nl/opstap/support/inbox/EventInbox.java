package nl.opstap.support.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.EventPayload;
import nl.opstap.events.MalformedEventException;

/**
 * Idempotent consumption. A consumer calls {@link #process}, or {@link #accept} inside the transaction that applies the event:
 * the event id is recorded in that same transaction, so an event is applied once however often it is delivered,
 * and a failed apply leaves no record behind (the redelivery or the dead-letter topic takes it from there).
 */
@ApplicationScoped
public class EventInbox {

    /**
     * How often a consumer retries a message whose processing failed (a database restarting, a lock timeout)
     * before the channel dead-letters it. A malformed message is not retried.
     */
    public static final int RETRIES = 5;
    public static final long RETRY_DELAY_MS = 1000;

    private final EntityManager entityManager;
    private final Clock clock;

    EventInbox(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Applies a message once, in a transaction of its own: parse, claim the event id, hand it to the handler,
     * commit. Consumers call this from their {@code @Incoming} method; a failure rolls everything back, so a
     * retry (the consumer's {@code @Retry}) starts clean.
     */
    public void process(String consumer, String message, Consumer<EventEnvelope<? extends EventPayload>> handler) {
        QuarkusTransaction.requiringNew().run(() -> accept(consumer, message).ifPresent(handler));
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
