package nl.opstap.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.opstap.support.cluster.ClusterLock;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends committed outbox events to Kafka in publication order and marks them sent.
 * The relay keeps no state of its own: whatever was committed and not yet marked sent is sent by the
 * next run, also after a crash or restart. Delivery is at least once; consumers deduplicate on the event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String RELAY_LOCK = "opstap-outbox-relay";

    private final OutboxRepository outbox;
    private final ClusterLock clusterLock;
    private final OutboxConfig config;
    private final Clock clock;
    private final String bootstrapServers;
    private final String source;
    private final AtomicBoolean paused = new AtomicBoolean();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final Object drainLock = new Object();
    private final ScheduledExecutorService waker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay-wake");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Producer<String, String> producer;

    OutboxRelay(OutboxRepository outbox, ClusterLock clusterLock, OutboxConfig config, Clock clock, MeterRegistry meters,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String source) {
        this.outbox = outbox;
        this.clusterLock = clusterLock;
        this.config = config;
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
        this.source = source;
        meters.gauge("opstap.outbox.unsent", this, relay -> relay.outbox.countUnsent());
        paused.set(!config.relayEnabled());
    }

    /** The safety net: whatever no wake-up sent (another instance's commits, a restart, a failed send) goes now. */
    // Quarkus' scheduler runs nothing more often than once a second; wake-ups cover the time in between.
    @Scheduled(every = "${opstap.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayScheduled() {
        drain();
    }

    /**
     * Asks for a drain soon, off the caller's thread; {@link EventPublisher} calls this after each commit that stored
     * events, so an event goes about {@code opstap.outbox.wake-delay} after its commit, not at the next tick. Wake-ups
     * within that delay share one drain: a busy service does not pay a relay transaction per commit.
     */
    void wake() {
        if (paused.get() || !wakeQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            waker.schedule(() -> {
                wakeQueued.set(false);
                try {
                    drain();
                } catch (RuntimeException e) {
                    // The scheduled run retries and reports; a wake-up is only a shortcut.
                    LOG.debugf("Outbox relay wake-up failed: %s", e.getMessage());
                }
            }, config.wakeDelay().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            wakeQueued.set(false); // stopping: the process goes down, the next start sends what is left
        }
    }

    /**
     * Sends batch after batch until one comes back short, pipelined: while the broker acknowledges one batch, the next
     * is read and handed to the producer; a batch is marked sent once acknowledged, in a short transaction of its own.
     * One instance drains at a time (a lock on its own database session, held across those transactions), so per-key
     * order holds with several instances and no twin sends a batch that is still in flight here.
     */
    void drain() {
        synchronized (drainLock) { // one drain per process; the cluster lock keeps it to one per database
            if (paused.get()) {
                return;
            }
            try (ClusterLock.Held held = clusterLock.tryLockForSession(RELAY_LOCK).orElse(null)) {
                if (held != null) {
                    drainHoldingTheLock();
                }
            } catch (SQLException e) {
                LOG.warnf("Outbox relay could not reach its database (%s); the next run tries again", e.getMessage());
            }
        }
    }

    private void drainHoldingTheLock() {
        InFlight inFlight = InFlight.NONE;
        while (!paused.get()) {
            long after = inFlight.lastId();
            List<OutboxEvent> batch = QuarkusTransaction.requiringNew().call(() -> outbox.nextBatchAfter(after, config.batchSize()));
            InFlight previous = inFlight;
            inFlight = send(batch);
            if (!settleInTransaction(previous)) {
                // What followed the failed event is in flight, but stays unmarked: the next run sends it again, after it.
                return;
            }
            if (batch.size() < config.batchSize()) {
                break;
            }
        }
        settleInTransaction(inFlight);
    }

    private boolean settleInTransaction(InFlight inFlight) {
        return inFlight.batch().isEmpty() || QuarkusTransaction.requiringNew().call(() -> settle(inFlight));
    }

    /** A batch handed to the producer, with its sends in the same order; stops at a send that failed at once. */
    private InFlight send(List<OutboxEvent> batch) {
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            Future<RecordMetadata> send = producer().send(toRecord(event));
            sends.add(send);
            if (send.isDone() && failed(send)) {
                break; // the broker is unreachable: do not wait out the metadata timeout once per event
            }
        }
        return new InFlight(batch, sends);
    }

    /**
     * Waits for a batch's acknowledgements and marks the unbroken prefix of acknowledged events sent, in the caller's
     * transaction: a later event of the same key must not be marked sent before an earlier one, or a retry could
     * reorder them for consumers. Returns whether the whole batch was acknowledged.
     */
    private boolean settle(InFlight inFlight) {
        List<Long> sent = new ArrayList<>(inFlight.sends().size());
        List<OutboxEvent> batch = inFlight.batch();
        boolean complete = inFlight.sends().size() == batch.size();
        for (int i = 0; i < inFlight.sends().size(); i++) {
            try {
                inFlight.sends().get(i).get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                sent.add(batch.get(i).id);
            } catch (ExecutionException | TimeoutException | InterruptedException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                recordFailure(batch.subList(i, inFlight.sends().size()), e);
                complete = false;
                break;
            }
        }
        // One statement for the whole prefix, not one UPDATE per event.
        outbox.markSent(sent, clock.instant());
        return complete;
    }

    /** Events handed to the producer whose acknowledgements may still be on their way. */
    private record InFlight(List<OutboxEvent> batch, List<Future<RecordMetadata>> sends) {

        static final InFlight NONE = new InFlight(List.of(), List.of());

        /** The last event read, so the next batch starts after it while this one is still unmarked. */
        long lastId() {
            return batch.isEmpty() ? 0 : batch.get(batch.size() - 1).id;
        }
    }

    private static boolean failed(Future<RecordMetadata> send) {
        try {
            send.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private void recordFailure(List<OutboxEvent> unsent, Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        String reason = (cause.getClass().getSimpleName() + ": " + cause.getMessage());
        String shortReason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        outbox.recordFailure(unsent.stream().map(event -> event.id).toList(), shortReason);
        // Event ids and types only: payloads may hold personal facts and never go to the log.
        LOG.warnf("Outbox relay could not send %d event(s), first %s (%s); retrying: %s",
                unsent.size(), unsent.get(0).eventId, unsent.get(0).eventType, shortReason);
    }

    private ProducerRecord<String, String> toRecord(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.eventKey, event.payload);
        record.headers()
                .add("ce_specversion", bytes("1.0"))
                .add("ce_id", bytes(event.eventId.toString()))
                .add("ce_type", bytes(event.eventType))
                .add("ce_source", bytes(source))
                .add("ce_tenant", bytes(event.tenant));
        return record;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void purgeSent() {
        long purged = outbox.deleteSentBefore(clock.instant().minus(config.retention()));
        if (purged > 0) {
            LOG.infof("Purged %d sent outbox event(s)", purged);
        }
    }

    /** Stops relaying, as if the process had died right after its commits. */
    public void pause() {
        paused.set(true);
    }

    /** Relays again, at once: what was committed meanwhile goes now, not at the next tick. */
    public void resume() {
        paused.set(false);
        wake();
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(producerProperties(), new StringSerializer(), new StringSerializer());
                }
            }
        }
        return producer;
    }

    private Properties producerProperties() {
        long timeout = config.sendTimeout().toMillis();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // With idempotence, up to 5 in-flight requests still keep per-partition order.
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout, Integer.MAX_VALUE));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.min(timeout + 5, Integer.MAX_VALUE));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        return props;
    }

    void onStop(@Observes ShutdownEvent event) {
        paused.set(true); // no new run while the database and the producer go away
        waker.shutdown();
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
