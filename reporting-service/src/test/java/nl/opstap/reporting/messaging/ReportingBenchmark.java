package nl.opstap.reporting.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Future;
import nl.opstap.events.Topics;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.reporting.JourneyEvents;
import nl.opstap.support.testing.BenchMachine;
import nl.opstap.support.testing.TokenRequests;
import nl.opstap.support.testing.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The reporting benchmark (#9): never part of the test run (tag {@code bench}, see README "Benchmarks"). Puts
 * {@code bench.events} journey events (ten per client: referral, admission, two development measurements, start,
 * placement, end, two SROI months, end of aftercare) on the real topics and times how fast the live consumers apply them
 * (inbox, journey fact, BI event through the outbox, one transaction per poll), against a plain Kafka consumer that
 * only reads the same records in the same run. Then replays every topic from the beginning into a fresh projection
 * through the admin endpoint and times that. Writes docs/benchmarks/reporting.md and reporting-raw.csv.
 */
@QuarkusTest
@Tag("bench")
class ReportingBenchmark {

    private static final int EVENTS = Integer.getInteger("bench.events", 1_000_000);
    private static final int EVENTS_PER_CLIENT = 10;
    private static final int CLIENTS_PER_BATCH = 2_000;
    private static final List<String> TOPICS = List.of(Topics.INTAKE_CLIENT, Topics.TRAJECTORY_TRAJECTORY, Topics.MATCHING_PLACEMENT,
            Topics.EMPLOYER_SROI);
    private static final List<String> CONSUMERS = List.of(IntakeClientTopicConsumer.CONSUMER, TrajectoryTopicConsumer.CONSUMER,
            PlacementTopicConsumer.CONSUMER, SroiTopicConsumer.CONSUMER);
    private static final Path OUT = Path.of(System.getProperty("bench.out", "target/benchmarks"));

    @Inject
    AgroalDataSource dataSource;

    @Test
    void consumersKeepUpAndAReplayRebuildsTheProjection() throws Exception {
        int clients = EVENTS / EVENTS_PER_CLIENT;
        Map<TopicPartition, Long> startOffsets = endOffsets();
        long processedBefore = processed();

        // 1. The live consumers: from the first record sent to the last one applied.
        long sendStart = System.nanoTime();
        long sent = produce(clients);
        double sendSeconds = seconds(sendStart);
        await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofSeconds(1)).until(() -> processed() - processedBefore >= sent);
        double liveSeconds = seconds(sendStart);
        assertEquals(sent, processed() - processedBefore, "every event applied once");

        // 2. Baseline in the same run: a plain consumer reading the same records, nothing else.
        long readStart = System.nanoTime();
        long read = readPlain(startOffsets, endOffsets());
        double readSeconds = seconds(readStart);
        assertEquals(sent, read);

        // 3. A replay of every topic from the beginning into a fresh projection.
        long replayStart = System.nanoTime();
        TokenRequests.asUser("uw-admin").post("/admin/projection-replay").then().statusCode(202);
        await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofSeconds(2)).until(() -> "DONE".equals(
                TokenRequests.asUser("uw-admin").get("/admin/projection-replay").then().extract().path("state")));
        double replaySeconds = seconds(replayStart);
        long replayed = ((Number) TokenRequests.asUser("uw-admin").get("/admin/projection-replay").then().extract().path("eventsDone")).longValue();

        write(sent, sendSeconds, liveSeconds, read, readSeconds, replayed, replaySeconds);
    }

    /** Ten events per client, sent in batches through one producer as the services' outbox relays would. */
    private long produce(int clients) throws Exception {
        Random random = new Random(20261123L);
        Properties props = new Properties();
        props.put("bootstrap.servers", TopicProbe.bootstrapServers());
        props.put("acks", "all");
        props.put("linger.ms", "10");
        props.put("batch.size", Integer.toString(256 * 1024));
        long sent = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (int first = 0; first < clients; first += CLIENTS_PER_BATCH) {
                JourneyEvents events = new JourneyEvents("bench");
                for (int i = first; i < Math.min(clients, first + CLIENTS_PER_BATCH); i++) {
                    journey(events, random);
                }
                List<Future<RecordMetadata>> sends = new ArrayList<>();
                for (ProducerRecord<String, String> record : events.drain()) {
                    sends.add(producer.send(record));
                }
                for (Future<RecordMetadata> send : sends) {
                    send.get();
                }
                sent += sends.size();
            }
        }
        return sent;
    }

    private static void journey(JourneyEvents events, Random random) {
        UUID client = UUID.randomUUID();
        UUID trajectory = UUID.randomUUID();
        UUID placement = UUID.randomUUID();
        UUID employer = new UUID(0, random.nextInt(500));
        LocalDate admitted = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(5 * 365));
        LocalDate ended = admitted.plusDays(60 + random.nextInt(600));
        events.referral(client, admitted.minusDays(14)).admitted(client, admitted)
                .measured(client, admitted, 2 + random.nextInt(2), null, null)
                .started(trajectory, client, admitted.plusDays(7))
                .measured(client, ended.minusDays(7), 2 + random.nextInt(4), null, null)
                .placed(placement, client, employer, ContractType.PERMANENT, 16 + random.nextInt(25), ended)
                .ended(trajectory, client, TrajectoryOutcome.REGULAR_WORK_FULL_TIME, admitted.plusDays(7), ended)
                .sroiCredited(employer, new UUID(1, employer.getLeastSignificantBits()), placement, client,
                        ended.plusMonths(1).toString().substring(0, 7), "1234.56")
                .sroiCredited(employer, new UUID(1, employer.getLeastSignificantBits()), placement, client,
                        ended.plusMonths(2).toString().substring(0, 7), "1234.56")
                .aftercareEnded(trajectory, client, ended.plusMonths(6), random.nextBoolean());
    }

    /** Events the four journey consumers have applied, all organisations together. */
    private long processed() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("select count(*) from processed_event where consumer = any (?)")) {
            count.setArray(1, connection.createArrayOf("varchar", CONSUMERS.toArray()));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<String, String> consumer = plainConsumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            return consumer.endOffsets(partitions);
        }
    }

    /** Reads every record between the two offsets of each partition, deserialising its value and nothing more. */
    private static long readPlain(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        try (KafkaConsumer<String, String> consumer = plainConsumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            partitions.forEach(p -> consumer.seek(p, from.getOrDefault(p, 0L)));
            Map<TopicPartition, Long> position = new HashMap<>(from);
            long read = 0;
            while (partitions.stream().anyMatch(p -> position.getOrDefault(p, 0L) < to.get(p))) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                for (var record : records) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < to.get(partition) && record.value() != null) {
                        read++;
                    }
                    position.put(partition, record.offset() + 1);
                }
            }
            return read;
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        return partitions;
    }

    private static KafkaConsumer<String, String> plainConsumer() {
        Properties props = new Properties();
        props.put("bootstrap.servers", TopicProbe.bootstrapServers());
        props.put("enable.auto.commit", "false");
        props.put("max.poll.records", "2000");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void write(long sent, double sendSeconds, double liveSeconds, long read, double readSeconds, long replayed,
                              double replaySeconds) throws IOException {
        Files.createDirectories(OUT);
        long liveRate = Math.round(sent / liveSeconds);
        long readRate = Math.round(read / readSeconds);
        long replayRate = Math.round(replayed / replaySeconds);
        String machine = BenchMachine.describe();
        String report = """
                # Reporting benchmark

                Generated by `./deploy/local/bench.sh reporting` on %s: %s; PostgreSQL, Kafka (one broker) and the service on the same machine.
                Raw figures: [reporting-raw.csv](reporting-raw.csv).

                | what | events | seconds | events/s |
                |---|---:|---:|---:|
                | sending the journeys (one producer, acks=all) | %,d | %.1f | %,d |
                | **live consumers** (inbox + journey fact + BI event via outbox, one transaction per poll; from first send to last applied) | %,d | %.1f | **%,d** |
                | baseline: a plain consumer reading the same records | %,d | %.1f | %,d |
                | **replay** of all topics into a fresh projection, swapped in | %,d | %.1f | **%,d** |

                Live consumers at %.0f%% of the plain read rate. Goal (#9): at least 5,000 events/s.
                """.formatted(ZonedDateTime.now(ZoneOffset.UTC).toLocalDate(), machine,
                sent, sendSeconds, Math.round(sent / sendSeconds),
                sent, liveSeconds, liveRate, read, readSeconds, readRate, replayed, replaySeconds, replayRate,
                100.0 * liveRate / readRate);
        Files.writeString(OUT.resolve("reporting.md"), report);
        Files.writeString(OUT.resolve("reporting-raw.csv"), String.format(Locale.ROOT,
                "measure,events,seconds,events_per_second%nsend,%d,%.3f,%d%nlive,%d,%.3f,%d%nplain_read,%d,%.3f,%d%nreplay,%d,%.3f,%d%n",
                sent, sendSeconds, Math.round(sent / sendSeconds), sent, liveSeconds, liveRate, read, readSeconds, readRate,
                replayed, replaySeconds, replayRate));
        System.out.println(report);
    }
}
