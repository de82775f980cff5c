package nl.opstap.support.deadletter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import nl.opstap.events.Topics;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.problem.ProblemType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The service's dead-letter topic, per organisation: what waits there, and the re-drive that sends it back to the
 * source topic once the cause is fixed.
 *
 * <p>Re-driving publishes the original key, value and headers to the source topic (the {@code dead-letter-topic}
 * header SmallRye writes). Every consumer deduplicates on the envelope id, so the services that did process the
 * event skip it and only the one that failed acts. Each re-driven dead letter is recorded (table
 * {@code redriven_dead_letter}: position, organisation, event id, who, when) after Kafka acknowledged it, so it
 * goes back at most once; a crash in between re-drives it again, which the consumers' deduplication absorbs.
 * An organisation's admin sees and re-drives only records whose {@code ce_tenant} header is its own; dead letters
 * without one are left on the topic for an operator.
 */
@ApplicationScoped
public class DeadLetterQueue {

    /** Header on a re-driven record: where on the dead-letter topic it came from. */
    public static final String REDRIVEN_FROM_HEADER = "opstap-redriven-from";
    private static final Logger LOG = Logger.getLogger(DeadLetterQueue.class);
    private static final String TENANT_HEADER = "ce_tenant";
    private static final String EVENT_ID_HEADER = "ce_id";
    private static final String SOURCE_TOPIC_HEADER = "dead-letter-topic";
    private static final Duration SCAN_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_REASON = 300;

    private final String service;
    private final String bootstrapServers;
    private final EntityManager entityManager;
    private final Clock clock;
    /** For consumers that move records aside themselves; made at the first dead letter. */
    private KafkaProducer<byte[], byte[]> deadLetterProducer;

    DeadLetterQueue(@ConfigProperty(name = "quarkus.application.name") String service,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            EntityManager entityManager, Clock clock) {
        this.service = service;
        this.bootstrapServers = bootstrapServers;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public String topic() {
        return Topics.deadLetter(service);
    }

    /**
     * Moves one consumed record aside as SmallRye's dead-letter strategy does (the same headers: reason, cause class,
     * source topic, partition and offset, besides the record's own), for consumers that take records in batches and must
     * not fail the good ones with the bad. Returns once Kafka has it.
     */
    public void send(ConsumerRecord<String, String> record, Throwable reason) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add("dead-letter-reason", utf8(reason.getMessage() == null ? reason.getClass().getName() : reason.getMessage()));
        headers.add("dead-letter-exception-class-name", utf8(reason.getClass().getName()));
        headers.add(SOURCE_TOPIC_HEADER, utf8(record.topic()));
        headers.add("dead-letter-partition", utf8(Integer.toString(record.partition())));
        headers.add("dead-letter-offset", utf8(Long.toString(record.offset())));
        awaitAck(deadLetterProducer().send(new ProducerRecord<>(topic(), null, utf8(record.key()), utf8(record.value()), headers)));
        LOG.warnf("Moved %s-%d@%d to %s: %s", record.topic(), record.partition(), record.offset(), topic(), reason.getClass().getSimpleName());
    }

    private synchronized KafkaProducer<byte[], byte[]> deadLetterProducer() {
        if (deadLetterProducer == null) {
            deadLetterProducer = producer();
        }
        return deadLetterProducer;
    }

    @PreDestroy
    synchronized void close() {
        if (deadLetterProducer != null) {
            deadLetterProducer.close(Duration.ofSeconds(5));
        }
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The organisation's dead letters not yet re-driven, oldest first per partition.
     *
     * @param eventId only the dead letter(s) of this event, or all pending when null
     */
    public DeadLetterPage pending(String tenant, String eventId, int limit) {
        List<ConsumerRecord<byte[], byte[]>> pending = pendingRecords(tenant, eventId);
        return new DeadLetterPage(pending.stream().limit(limit).map(DeadLetterQueue::view).toList(), pending.size());
    }

    /**
     * Sends the organisation's pending dead letters back to their source topics and records them as re-driven.
     *
     * @param eventId only the dead letter(s) of this event, or all pending when null
     */
    public synchronized RedriveResult redrive(String tenant, String eventId, String actor) {
        int redriven = 0;
        // Two consumers of one source topic in this service dead-letter the same event twice. Both read the one copy sent
        // back; a second copy would be skipped by both inboxes, or, if still broken, dead-lettered twice more.
        Set<String> sent = new HashSet<>();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (ConsumerRecord<byte[], byte[]> record : pendingRecords(tenant, eventId)) {
                String source = header(record, SOURCE_TOPIC_HEADER);
                if (source == null) {
                    LOG.warnf("Dead letter %s-%d@%d names no source topic; left for an operator",
                            record.topic(), record.partition(), record.offset());
                    continue;
                }
                String id = header(record, EVENT_ID_HEADER);
                if (id == null || sent.add(source + "/" + id)) {
                    awaitAck(producer.send(toSource(record, source)));
                }
                QuarkusTransaction.requiringNew().run(() -> recordRedriven(record, tenant, actor));
                redriven++;
            }
        }
        LOG.infof("%s re-drove %d dead letters of organisation %s from %s", actor, redriven, tenant, topic());
        return new RedriveResult(redriven, pendingRecords(tenant, null).size());
    }

    private List<ConsumerRecord<byte[], byte[]>> pendingRecords(String tenant, String eventId) {
        Set<String> done = redrivenPositions(tenant);
        List<ConsumerRecord<byte[], byte[]>> pending = new ArrayList<>();
        scan(record -> {
            if (tenant.equals(header(record, TENANT_HEADER))
                    && (eventId == null || eventId.equals(header(record, EVENT_ID_HEADER)))
                    && !done.contains(position(record.partition(), record.offset()))) {
                pending.add(record);
            }
        });
        return pending;
    }

    /** Reads the whole dead-letter topic up to the end offsets seen at the start. */
    private void scan(Consumer<ConsumerRecord<byte[], byte[]>> handler) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic());
            if (infos == null || infos.isEmpty()) {
                return;
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(SCAN_TIMEOUT);
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                if (Instant.now().isAfter(deadline)) {
                    throw new ProblemException(ProblemType.UNAVAILABLE, "Reading the dead-letter topic took too long; try again");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        handler.accept(record);
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Set<String> redrivenPositions(String tenant) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select dlq_partition, dlq_offset from redriven_dead_letter where dlq_topic = ?1 and tenant = ?2")
                .setParameter(1, topic()).setParameter(2, tenant).getResultList());
        Set<String> positions = new HashSet<>();
        rows.forEach(row -> positions.add(position(((Number) row[0]).intValue(), ((Number) row[1]).longValue())));
        return positions;
    }

    private void recordRedriven(ConsumerRecord<byte[], byte[]> record, String tenant, String actor) {
        entityManager.createNativeQuery("""
                insert into redriven_dead_letter (dlq_topic, dlq_partition, dlq_offset, tenant, event_id, redriven_by, redriven_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict do nothing""")
                .setParameter(1, record.topic()).setParameter(2, record.partition()).setParameter(3, record.offset())
                .setParameter(4, tenant).setParameter(5, header(record, EVENT_ID_HEADER)).setParameter(6, actor)
                .setParameter(7, OffsetDateTime.now(clock))
                .executeUpdate();
    }

    private static String position(int partition, long offset) {
        return partition + "@" + offset;
    }

    private ProducerRecord<byte[], byte[]> toSource(ConsumerRecord<byte[], byte[]> record, String source) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("dead-letter-")) {
                headers.add(header);
            }
        }
        headers.add(REDRIVEN_FROM_HEADER, (record.topic() + "/" + record.partition() + "/" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(source, null, record.key(), record.value(), headers);
    }

    private static void awaitAck(Future<RecordMetadata> ack) {
        try {
            ack.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(ProblemType.UNAVAILABLE, "Re-drive interrupted; try again");
        } catch (ExecutionException | TimeoutException e) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "Kafka did not accept the re-driven events; try again");
        }
    }

    private static DeadLetterView view(ConsumerRecord<byte[], byte[]> record) {
        String reason = header(record, "dead-letter-reason");
        if (reason != null && reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON);
        }
        return new DeadLetterView(header(record, SOURCE_TOPIC_HEADER), integer(header(record, "dead-letter-partition")),
                longValue(header(record, "dead-letter-offset")), record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()), header(record, EVENT_ID_HEADER), header(record, "ce_type"), reason);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long longValue(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) SCAN_TIMEOUT.toMillis());
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) SCAN_TIMEOUT.toMillis());
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
