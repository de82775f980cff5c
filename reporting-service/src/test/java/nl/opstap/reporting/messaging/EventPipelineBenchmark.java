package nl.opstap.reporting.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;
import nl.opstap.events.Topics;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.reporting.JourneyEvents;
import nl.opstap.support.outbox.OutboxRelay;
import nl.opstap.support.testing.BenchMachine;
import nl.opstap.support.testing.TopicProbe;
import nl.opstap.support.testing.TopicWriter;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The event-pipeline benchmark (#12), two measurements:
 * <ol>
 * <li><b>Outbox relay throughput</b>: {@code bench.relay-events} committed outbox rows (real placement envelopes), from
 * the relay's start to the last one acknowledged by Kafka and marked sent; baseline in the same run: a plain idempotent
 * producer ({@code acks=all}) sending the same records.</li>
 * <li><b>End-to-end latency</b>: placements committed at {@code bench.rate} (200) per second, each from its commit to
 * the moment reporting-service has applied it, which is when the KPIs count it. The placements are committed to this
 * service's own outbox, addressed to matching-service's placement topic: the relay that sends them is the same class
 * matching-service runs, the consumer and projection are reporting-service's own.</li>
 * </ol>
 * Never part of the test run (tag {@code bench}); {@code ./deploy/local/bench.sh pipeline} writes
 * docs/benchmarks/pipeline.md and pipeline-raw.csv.
 */
@QuarkusTest
@Tag("bench")
class EventPipelineBenchmark {

    private static final int RELAY_EVENTS = Integer.getInteger("bench.relay-events", 50_000);
    private static final int RATE = Integer.getInteger("bench.rate", 200);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final Path OUT = Path.of(System.getProperty("bench.out", "target/benchmarks"));
    private static final String RELAY_TOPIC = "opstap.bench.relay.v1";
    private static final String PLAIN_TOPIC = "opstap.bench.plain.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxRelay relay;

    /** One measurement: what, which run, how many events, events per second, latency percentiles in ms (latency only). */
    record Result(String what, int run, long events, double perSecond, double p50, double p99, double max) {
    }

    private final List<Result> results = new ArrayList<>();

    @Test
    void relayThroughputAndPlacementToKpiLatency() throws Exception {
        // A placement envelope as matching-service writes it, the payload of every relayed row.
        UUID client = UUID.randomUUID();
        ProducerRecord<String, String> sample = new JourneyEvents("bench")
                .placed(UUID.randomUUID(), client, UUID.randomUUID(), ContractType.PERMANENT, 32, LocalDate.now()).drain().get(0);
        relayAndPlain(sample, 20_000, 0); // warm-up: the JIT, the producers' connections, the topics' first segments
        for (int run = 1; run <= RUNS; run++) {
            relayAndPlain(sample, RELAY_EVENTS, run);
        }
        latency(Math.min(5, SECONDS), 0); // warm-up
        for (int run = 1; run <= RUNS; run++) {
            results.add(latency(SECONDS, run));
        }
        write();
    }

    private void relayAndPlain(ProducerRecord<String, String> sample, int events, int run) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> unsent() == 0);
        relay.pause();
        List<String> keys = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            keys.add(UUID.randomUUID().toString());
        }
        insertOutboxRows(sample.value(), keys);
        long start = System.nanoTime();
        relay.resume();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(20)).until(() -> unsent() == 0);
        double relaySeconds = (System.nanoTime() - start) / 1e9;

        long plainStart = System.nanoTime();
        sendPlain(sample.value(), keys);
        double plainSeconds = (System.nanoTime() - plainStart) / 1e9;
        if (run > 0) {
            results.add(new Result("relay", run, events, events / relaySeconds, 0, 0, 0));
            results.add(new Result("plain-producer", run, events, events / plainSeconds, 0, 0, 0));
        }
        System.out.printf("run %d: relay %,d events in %.2f s (%.0f/s), plain producer %.2f s (%.0f/s)%n", run, events, relaySeconds,
                events / relaySeconds, plainSeconds, events / plainSeconds);
    }

    /** Committed rows as a service's transactions leave them: one event each, 1,000 per transaction. */
    private void insertOutboxRows(String payload, List<String> keys) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (event_id, topic, event_key, event_type, tenant, payload, created_at)
                    values (?, ?, ?, 'nl.opstap.placement.client-placed.v1', 'bench', ?, now())""")) {
                for (int i = 0; i < keys.size(); i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, RELAY_TOPIC);
                    insert.setString(3, keys.get(i));
                    insert.setString(4, payload);
                    insert.addBatch();
                    if (i % 1000 == 999 || i == keys.size() - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
        }
    }

    /** The baseline: the same records through one idempotent producer, configured as the relay's, nothing else. */
    private static void sendPlain(String payload, List<String> keys) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TopicProbe.bootstrapServers());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> sends = new ArrayList<>(keys.size());
            for (String key : keys) {
                ProducerRecord<String, String> record = new ProducerRecord<>(PLAIN_TOPIC, key, payload);
                record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                        .add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))
                        .add("ce_type", "nl.opstap.placement.client-placed.v1".getBytes(StandardCharsets.UTF_8))
                        .add("ce_source", "bench".getBytes(StandardCharsets.UTF_8))
                        .add("ce_tenant", "bench".getBytes(StandardCharsets.UTF_8));
                sends.add(producer.send(record));
            }
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
        }
    }

    /**
     * Placements committed at {@link #RATE} per second for {@code seconds}, each client referred, admitted and started
     * beforehand; latency from each commit to its appearance in reporting-service's processed-event log, which its
     * projection writes in the same transaction as the facts the KPIs read.
     */
    private Result latency(int seconds, int run) throws Exception {
        int placements = RATE * seconds;
        JourneyEvents before = new JourneyEvents("bench");
        List<UUID> clients = new ArrayList<>(placements);
        for (int i = 0; i < placements; i++) {
            UUID client = UUID.randomUUID();
            clients.add(client);
            before.referral(client, LocalDate.now().minusMonths(6)).admitted(client, LocalDate.now().minusMonths(5))
                    .started(UUID.randomUUID(), client, LocalDate.now().minusMonths(5));
        }
        long trajectoriesBefore = processed(TrajectoryTopicConsumer.CONSUMER);
        TopicWriter.sendAll(before.drain());
        await().atMost(Duration.ofMinutes(5)).until(() -> processed(TrajectoryTopicConsumer.CONSUMER) - trajectoriesBefore >= placements);

        Map<UUID, Long> committedAt = new ConcurrentHashMap<>();
        Map<UUID, Long> visibleAt = new HashMap<>();
        Thread watcher = new Thread(() -> watch(committedAt, visibleAt, placements));
        watcher.start();
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (event_id, topic, event_key, event_type, tenant, payload, created_at)
                    values (?, ?, ?, ?, 'bench', ?, ?)""")) {
                for (int i = 0; i < placements; i++) {
                    long due = start + i * 1_000_000_000L / RATE;
                    while (System.nanoTime() < due) {
                        Thread.onSpinWait();
                    }
                    ProducerRecord<String, String> placed = new JourneyEvents("bench").placed(UUID.randomUUID(), clients.get(i),
                            UUID.randomUUID(), ContractType.PERMANENT, 32, LocalDate.now()).drain().get(0);
                    JsonNode envelope = JSON.readTree(placed.value());
                    UUID eventId = UUID.fromString(envelope.get("id").asText());
                    insert.setObject(1, eventId);
                    insert.setString(2, Topics.MATCHING_PLACEMENT);
                    insert.setString(3, placed.key());
                    insert.setString(4, envelope.get("type").asText());
                    insert.setString(5, placed.value());
                    insert.setTimestamp(6, Timestamp.from(Instant.now()));
                    insert.executeUpdate(); // auto-commit: returns after the commit, like a placement's transaction
                    committedAt.put(eventId, System.nanoTime());
                }
            }
        }
        watcher.join(Duration.ofMinutes(5).toMillis());
        assertEquals(placements, visibleAt.size(), "every placement reached reporting");
        double[] millis = visibleAt.entrySet().stream().mapToDouble(e -> (e.getValue() - committedAt.get(e.getKey())) / 1e6).sorted().toArray();
        Result result = new Result("placement-to-kpi", run, placements, placements / ((System.nanoTime() - start) / 1e9),
                BenchMachine.percentile(millis, 50), BenchMachine.percentile(millis, 99), millis[millis.length - 1]);
        System.out.printf("latency run %d: %d placements at %d/s, p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", run, placements, RATE,
                result.p50(), result.p99(), result.max());
        return result;
    }

    /** Polls reporting's processed-event log every 10 ms and notes when each committed placement shows up. */
    private void watch(Map<UUID, Long> committedAt, Map<UUID, Long> visibleAt, int expected) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement seen = connection.prepareStatement(
                     "select event_id from processed_event where consumer = ? and event_id = any (?)")) {
            while (visibleAt.size() < expected && System.nanoTime() < deadline) {
                UUID[] waiting = committedAt.keySet().stream().filter(id -> !visibleAt.containsKey(id)).toArray(UUID[]::new);
                if (waiting.length > 0) {
                    seen.setString(1, PlacementTopicConsumer.CONSUMER);
                    seen.setArray(2, connection.createArrayOf("uuid", waiting));
                    long now = System.nanoTime();
                    try (ResultSet rows = seen.executeQuery()) {
                        while (rows.next()) {
                            visibleAt.put(rows.getObject(1, UUID.class), now);
                        }
                    }
                }
                Thread.sleep(10);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long unsent() throws SQLException {
        return count("select count(*) from outbox_event where sent_at is null", null);
    }

    private long processed(String consumer) throws SQLException {
        return count("select count(*) from processed_event where consumer = ?", consumer);
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement count = connection.prepareStatement(sql)) {
            if (parameter != null) {
                count.setString(1, parameter);
            }
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private double median(String what, ToDoubleFunction<Result> figure) {
        return BenchMachine.median(results.stream().filter(r -> r.what().equals(what)).mapToDouble(figure).toArray());
    }

    private void write() throws IOException {
        Files.createDirectories(OUT);
        StringBuilder csv = new StringBuilder("what,run,events,per_second,p50_ms,p99_ms,max_ms\n");
        results.forEach(r -> csv.append("%s,%d,%d,%.1f,%.1f,%.1f,%.1f%n".formatted(r.what(), r.run(), r.events(), r.perSecond(), r.p50(),
                r.p99(), r.max())));
        Files.writeString(OUT.resolve("pipeline-raw.csv"), csv);
        double relayRate = median("relay", Result::perSecond);
        double plainRate = median("plain-producer", Result::perSecond);
        double p99 = median("placement-to-kpi", Result::p99);
        String report = """
                # Event pipeline: outbox relay and placement to KPI

                Measured by `./deploy/local/bench.sh pipeline` (`EventPipelineBenchmark`, reporting-service) on %s: %s. \
                PostgreSQL, Kafka (one broker), the service and the load share the machine. Medians of %d runs.

                | measure | result |
                |---|---:|
                | outbox relay: %,d committed rows (placement envelopes of %,d bytes) to acknowledged by Kafka and marked sent | **%,.0f events/s** |
                | baseline: a plain idempotent producer (`acks=all`, as the relay's) sending the same records | %,.0f events/s |
                | relay / plain producer (goal ≥ 30%%) | **%.0f%%**: %s |
                | placement committed → applied by reporting-service (KPIs count it), %d placements/s for %d s: p50 | %.0f ms |
                | same, p99 (goal < 1 s) | **%.0f ms**: %s |
                | same, slowest | %.0f ms |

                The placements of the latency runs are committed to reporting-service's own outbox, addressed to matching-service's \
                placement topic, so the relay is the same class matching-service runs; the time runs from the commit to the \
                moment the consumer's transaction (projection, processed-event log, BI event) is visible, polled every 10 ms.

                Raw figures: [pipeline-raw.csv](pipeline-raw.csv).
                """.formatted(LocalDate.now(), BenchMachine.describe(), RUNS, RELAY_EVENTS, sampleSize(), relayRate, plainRate,
                100 * relayRate / plainRate, relayRate / plainRate >= 0.3 ? "met" : "missed", RATE, SECONDS,
                median("placement-to-kpi", Result::p50), p99, p99 < 1000 ? "met" : "missed", median("placement-to-kpi", Result::max));
        Files.writeString(OUT.resolve("pipeline.md"), report);
        System.out.println(report);
    }

    private static int sampleSize() {
        return new JourneyEvents("bench").placed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), ContractType.PERMANENT, 32,
                LocalDate.now()).drain().get(0).value().getBytes(StandardCharsets.UTF_8).length;
    }
}
