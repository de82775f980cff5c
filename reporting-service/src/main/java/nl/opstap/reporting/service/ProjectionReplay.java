package nl.opstap.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.EventPayload;
import nl.opstap.events.MalformedEventException;
import nl.opstap.events.Topics;
import nl.opstap.reporting.domain.ReplayProgress;
import nl.opstap.reporting.domain.ReplayProgress.ReplayState;
import nl.opstap.reporting.repository.JourneyFactWriter;
import nl.opstap.reporting.repository.ProjectionSchema;
import nl.opstap.reporting.repository.ProjectionSchemas;
import nl.opstap.support.problem.ProblemException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rebuilds the journey facts from the beginning of the source topics into {@code projection_rebuild} and
 * swaps it in when it has read everything that was on the topics when it started. Live consumers keep going
 * meanwhile and write each new event to both schemas, so nothing that arrives during the replay is lost;
 * every write is an idempotent upsert, so an event both replayed and written live counts once.
 */
@ApplicationScoped
public class ProjectionReplay {

    private static final Logger LOG = Logger.getLogger(ProjectionReplay.class);
    private static final List<String> SOURCE_TOPICS = List.of(Topics.INTAKE_CLIENT, Topics.TRAJECTORY_PROGRAMME,
            Topics.TRAJECTORY_TRAJECTORY, Topics.MATCHING_PLACEMENT, Topics.EMPLOYER_SROI);
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private final JourneyFactWriter writer;
    private final ProjectionSchemas schemas;
    private final Clock clock;
    private final String bootstrapServers;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "projection-replay"));
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicReference<ReplayProgress> progress = new AtomicReference<>(ReplayProgress.idle());

    ProjectionReplay(JourneyFactWriter writer, ProjectionSchemas schemas, Clock clock,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.writer = writer;
        this.schemas = schemas;
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a replay in the background; one at a time. */
    public synchronized ReplayProgress start() {
        if (progress.get().state() == ReplayState.RUNNING) {
            throw ProblemException.conflict("A replay is already running");
        }
        Instant started = clock.instant();
        progress.set(new ReplayProgress(ReplayState.RUNNING, started, null, 0, 0, 0, null, 0));
        QuarkusTransaction.requiringNew().run(schemas::createEmptyRebuild);
        rebuilding.set(true);
        worker.submit(() -> run(started));
        return progress.get();
    }

    public ReplayProgress progress() {
        return progress.get();
    }

    /** Called by live writes: while a rebuild runs, the event also goes into the rebuild schema. */
    public void alsoIntoRebuild(EventEnvelope<? extends EventPayload> event) {
        if (rebuilding.get()) {
            schemas.holdAgainstSwap();
            // Checked again under the lock: the swap may just have made the rebuild the live schema.
            if (rebuilding.get()) {
                writer.apply(ProjectionSchema.REBUILD, event);
            }
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdownNow();
    }

    private void run(Instant started) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : SOURCE_TOPICS) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            long total = partitions.stream().mapToLong(p -> end.get(p) - beginning.get(p)).sum();
            long done = 0;
            long skipped = 0;
            Instant lastLog = started;
            report(started, done, total, skipped);
            while (!caughtUp(consumer, partitions, end)) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                List<EventEnvelope<? extends EventPayload>> batch = new ArrayList<>(records.count());
                for (ConsumerRecord<String, String> record : records) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue; // arrived after the start: the live consumers write it into the rebuild too
                    }
                    done++;
                    try {
                        batch.add(EventJson.read(record.value()));
                    } catch (MalformedEventException e) {
                        skipped++;
                    }
                }
                QuarkusTransaction.requiringNew().run(() -> batch.forEach(event -> writer.apply(ProjectionSchema.REBUILD, event)));
                report(started, done, total, skipped);
                if (Duration.between(lastLog, clock.instant()).compareTo(LOG_EVERY) >= 0) {
                    lastLog = clock.instant();
                    log();
                }
            }
            QuarkusTransaction.requiringNew().run(() -> {
                schemas.swap();
                rebuilding.set(false);
            });
            ReplayProgress last = progress.get();
            progress.set(new ReplayProgress(ReplayState.DONE, started, clock.instant(), last.eventsDone(), last.eventsTotal(),
                    last.eventsPerSecond(), 0L, last.skipped()));
            log();
        } catch (RuntimeException e) {
            rebuilding.set(false);
            ReplayProgress last = progress.get();
            progress.set(new ReplayProgress(ReplayState.FAILED, started, clock.instant(), last.eventsDone(), last.eventsTotal(),
                    last.eventsPerSecond(), null, last.skipped()));
            LOG.errorf("Projection replay failed after %d events: %s", last.eventsDone(), e.getClass().getSimpleName());
        }
    }

    private void report(Instant started, long done, long total, long skipped) {
        long millis = Math.max(1, Duration.between(started, clock.instant()).toMillis());
        long rate = done * 1000 / millis;
        Long secondsLeft = rate == 0 ? null : (total - done) / rate;
        progress.set(new ReplayProgress(ReplayState.RUNNING, started, null, done, total, rate, secondsLeft, skipped));
    }

    private void log() {
        ReplayProgress p = progress.get();
        LOG.infof("Projection replay %s: %d of %d events, %d/s, about %s s left", p.state(), p.eventsDone(), p.eventsTotal(),
                p.eventsPerSecond(), p.secondsLeft());
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> end) {
        return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("enable.auto.commit", "false");
        props.put("max.poll.records", "2000");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
