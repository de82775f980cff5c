package nl.opstap.support.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.EventPayload;
import nl.opstap.events.MalformedEventException;

/**
 * Idempotent consumption, written once for every consumer. A consumer's {@code @Incoming @Blocking} method
 * hands each message to {@link #process} with its {@link EventHandlers}: the event id is recorded in the
 * same transaction that applies the event, so an event is applied once however often it is delivered, and
 * a failed apply leaves no record behind (the retry or the dead-letter topic takes it from there).
 */
@ApplicationScoped
public class EventInbox {

    /**
     * How often a message whose processing failed (a database restarting, a lock timeout) is retried
     * before it is given up and the channel dead-letters it. A malformed message is not retried.
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
     * Applies a message once: parse it, then, in a transaction of its own, claim the event id for
     * {@code consumer} and dispatch the event to its handler. A failure rolls the attempt back and it is
     * tried again, {@link #RETRIES} times a second apart; then the exception reaches the channel.
     *
     * @throws MalformedEventException at once when the message is not a known Opstap event; the channel's
     *                                 dead-letter strategy then moves it aside with the reason
     * @throws UnprocessableEventException at once when a handler finds the event can never be applied
     */
    public void process(String consumer, EventHandlers handlers, String message) {
        EventEnvelope<? extends EventPayload> envelope = parse(message);
        for (int retry = 0; ; retry++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (claim(consumer, envelope)) {
                        handlers.dispatch(envelope);
                    }
                });
                return;
            } catch (MalformedEventException | UnprocessableEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (retry == RETRIES) {
                    throw e;
                }
                pauseBeforeRetry(e);
            }
        }
    }

    private static EventEnvelope<? extends EventPayload> parse(String message) {
        if (message == null) {
            throw new MalformedEventException("Empty message", null);
        }
        return EventJson.read(message);
    }

    /** @return true when this is the first delivery of the event to {@code consumer} */
    private boolean claim(String consumer, EventEnvelope<? extends EventPayload> envelope) {
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
        return claimed == 1;
    }

    private static void pauseBeforeRetry(RuntimeException failure) {
        try {
            Thread.sleep(RETRY_DELAY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
