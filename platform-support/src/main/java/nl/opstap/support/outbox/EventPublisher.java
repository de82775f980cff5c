package nl.opstap.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.EventPayload;
import nl.opstap.events.EventSchemas;
import nl.opstap.support.json.StoredJson;
import nl.opstap.support.transaction.AfterCommit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes events through the transactional outbox. Callers must already be in the transaction that
 * changes the state: the event is checked against its schema, stored with that state change, and
 * {@link OutboxRelay} sends it after commit.
 */
@ApplicationScoped
public class EventPublisher {

    private static final Object WAKE_AFTER_COMMIT = new Object();

    private final OutboxRepository outbox;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;
    private final String source;

    EventPublisher(OutboxRepository outbox, OutboxRelay relay, TransactionSynchronizationRegistry transactions, Clock clock,
            @ConfigProperty(name = "quarkus.application.name") String source) {
        this.outbox = outbox;
        this.relay = relay;
        this.transactions = transactions;
        this.clock = clock;
        this.source = source;
    }

    /** Stores a new event for the given tenant and subject (a pseudonymous id) and returns its envelope. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends EventPayload> EventEnvelope<T> publish(String tenant, Object subject, T data) {
        Instant now = clock.instant();
        EventEnvelope<T> envelope = EventEnvelope.of(source, tenant, subject.toString(), now, data);
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.id();
        row.topic = data.eventType().topic();
        row.eventKey = envelope.subject();
        row.eventType = envelope.type();
        row.tenant = tenant;
        row.payload = EventJson.write(envelope);
        // The published schema is the contract: an event that breaks it (say, a field the schema does not
        // declare) fails here, in the producer's transaction, and never reaches the topic.
        EventSchemas.check(data.eventType(), StoredJson.tree(row.payload));
        row.createdAt = now;
        outbox.insert(row);
        wakeRelayAfterCommit();
        return envelope;
    }

    /** Once per transaction: after it commits, the relay sends at once instead of at its next tick. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_AFTER_COMMIT) != null) {
            return;
        }
        transactions.putResource(WAKE_AFTER_COMMIT, Boolean.TRUE);
        AfterCommit.run(transactions, relay::wake);
    }
}
