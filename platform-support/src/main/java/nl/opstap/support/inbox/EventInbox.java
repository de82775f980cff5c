package nl.opstap.support.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.EventPayload;
import nl.opstap.events.MalformedEventException;
import nl.opstap.events.Topics;
import nl.opstap.support.deadletter.DeadLetterQueue;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Idempotent consumption, written once for every consumer. A consumer's {@code @Incoming @Blocking} method
 * hands each record to {@link #process} with its {@link EventHandlers}: the event id is recorded in the
 * same transaction that applies the event, so an event is applied once however often it is delivered, and
 * a failed apply leaves no record behind (the retry or the dead-letter topic takes it from there).
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    /**
     * How often a message whose processing failed (a database restarting, a lock timeout) is retried
     * before it is given up and the channel dead-letters it. A malformed message is not retried.
     */
    public static final int RETRIES = 5;
    public static final long RETRY_DELAY_MS = 1000;

    private final EntityManager entityManager;
    private final DeadLetterQueue deadLetters;
    private final Clock clock;
    private final String ownDeadLetterTopic;

    EventInbox(EntityManager entityManager, DeadLetterQueue deadLetters, Clock clock,
               @ConfigProperty(name = "quarkus.application.name") String service) {
        this.entityManager = entityManager;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.ownDeadLetterTopic = Topics.deadLetter(service);
    }

    /**
     * Applies a poll's worth of records in one transaction (one commit instead of one per event: what lets a consumer
     * keep up with thousands of events a second), each event once as in {@link #process}. A record that is no valid event
     * goes to the dead-letter topic at once. When the transaction fails, the events are tried one by one: one that can
     * never be applied, or that keeps failing while the database answers, goes to the dead-letter topic; while the
     * database does not answer, it is retried until it does, so an outage moves nothing aside. The channel is
     * acknowledged only after this returns, so a crash before that redelivers the records and the inbox skips
     * what was applied.
     */
    public void processAll(String consumer, EventHandlers handlers, Iterable<ConsumerRecord<String, String>> records) {
        List<ConsumerRecord<String, String>> valid = new ArrayList<>();
        List<EventEnvelope<? extends EventPayload>> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            if (redrivenForAnotherService(ownDeadLetterTopic, record)) {
                continue;
            }
            try {
                events.add(parse(record.value()));
                valid.add(record);
            } catch (MalformedEventException e) {
                deadLetters.send(record, e);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Set<UUID> firstDeliveries = claimAll(consumer, events);
                for (EventEnvelope<? extends EventPayload> event : events) {
                    // remove: an event delivered twice in one poll is applied once
                    if (firstDeliveries.remove(event.id())) {
                        handlers.dispatch(event);
                    }
                }
            });
            return;
        } catch (RuntimeException batchFailed) {
            LOG.debugf("A batch of %d events for %s failed (%s); applying them one by one", events.size(), consumer,
                    batchFailed.getClass().getSimpleName());
        }
        for (int i = 0; i < events.size(); i++) {
            applyAlone(consumer, handlers, valid.get(i), events.get(i));
        }
    }

    private void applyAlone(String consumer, EventHandlers handlers, ConsumerRecord<String, String> record,
                            EventEnvelope<? extends EventPayload> event) {
        for (int attempt = 0; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyOnce(consumer, handlers, event));
                return;
            } catch (UnprocessableEventException e) {
                deadLetters.send(record, e);
                return;
            } catch (RuntimeException e) {
                if (attempt >= RETRIES && databaseAnswers()) {
                    deadLetters.send(record, e);
                    return;
                }
                pauseBeforeRetry(e);
            }
        }
    }

    /** Claims the ids of a batch for {@code consumer} in one statement; returns those delivered for the first time. */
    private Set<UUID> claimAll(String consumer, List<EventEnvelope<? extends EventPayload>> events) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement claim = connection.prepareStatement("""
                    insert into processed_event (consumer, event_id, event_type, processed_at)
                    select ?, e.id, e.type, ? from unnest(?::uuid[], ?::varchar[]) as e(id, type)
                    on conflict do nothing
                    returning event_id""")) {
                claim.setString(1, consumer);
                claim.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                claim.setArray(3, connection.createArrayOf("uuid", events.stream().map(EventEnvelope::id).toArray()));
                claim.setArray(4, connection.createArrayOf("varchar", events.stream().map(EventEnvelope::type).toArray()));
                Set<UUID> claimed = new HashSet<>();
                try (ResultSet rows = claim.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(rows.getObject(1, UUID.class));
                    }
                }
                return claimed;
            }
        });
    }

    private void applyOnce(String consumer, EventHandlers handlers, EventEnvelope<? extends EventPayload> event) {
        if (claim(consumer, event)) {
            handlers.dispatch(event);
        }
    }

    private boolean databaseAnswers() {
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("select 1").getSingleResult());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
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
    public void process(String consumer, EventHandlers handlers, ConsumerRecord<String, String> record) {
        if (redrivenForAnotherService(ownDeadLetterTopic, record)) {
            return;
        }
        process(consumer, handlers, record.value());
    }

    /**
     * A re-drive puts a dead letter back on its shared source topic, where every consumer of that topic reads it again.
     * It is meant only for the service whose dead-letter topic it came from: the others applied the event already (their
     * inbox would skip it) or dead-lettered it themselves, and a message that is still poison would otherwise land in
     * every consumer's dead-letter topic again at each re-drive.
     */
    static boolean redrivenForAnotherService(String ownDeadLetterTopic, ConsumerRecord<?, ?> record) {
        Header from = record.headers().lastHeader(DeadLetterQueue.REDRIVEN_FROM_HEADER);
        return from != null && !new String(from.value(), StandardCharsets.UTF_8).startsWith(ownDeadLetterTopic + "/");
    }

    /** As {@link #process(String, EventHandlers, ConsumerRecord)}, for the message alone. */
    public void process(String consumer, EventHandlers handlers, String message) {
        EventEnvelope<? extends EventPayload> envelope = parse(message);
        for (int retry = 0; ; retry++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyOnce(consumer, handlers, envelope));
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
