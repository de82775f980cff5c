package nl.opstap.support.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
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
 * event skip it and only the one that failed acts. What has been re-driven is remembered as committed offsets of a
 * consumer group per organisation ({@code <service>-redrive-<tenant>}): an organisation's admin re-drives only its
 * own events, and each at most once. Dead letters without a tenant header belong to no organisation and are left
 * on the topic for an operator.
 */
@ApplicationScoped
public class DeadLetterQueue {

    /** Header on a re-driven record: where on the dead-letter topic it came from. */
    public static final String REDRIVEN_FROM_HEADER = "opstap-redriven-from";
    private static final Logger LOG = Logger.getLogger(DeadLetterQueue.class);
    private static final String TENANT_HEADER = "ce_tenant";
    private static final String SOURCE_TOPIC_HEADER = "dead-letter-topic";
    private static final Duration SCAN_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_REASON = 300;

    private final String service;
    private final String bootstrapServers;

    DeadLetterQueue(@ConfigProperty(name = "quarkus.application.name") String service,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.service = service;
        this.bootstrapServers = bootstrapServers;
    }

    public String topic() {
        return Topics.deadLetter(service);
    }

    /** The organisation's dead letters not yet re-driven, oldest first per partition. */
    public DeadLetterPage pending(String tenant, int limit) {
        List<DeadLetterView> items = new ArrayList<>();
        long[] count = {0};
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(tenant)) {
            scan(consumer, tenant, batch -> batch.forEach(record -> {
                count[0]++;
                if (items.size() < limit) {
                    items.add(view(record));
                }
            }));
        }
        return new DeadLetterPage(items, count[0]);
    }

    /** Sends the organisation's pending dead letters back to their source topics and marks them re-driven. */
    public synchronized RedriveResult redrive(String tenant) {
        int redriven = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(tenant);
                KafkaProducer<byte[], byte[]> producer = producer()) {
            int[] sent = {0};
            scan(consumer, tenant, batch -> {
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> record : batch) {
                    String source = header(record, SOURCE_TOPIC_HEADER);
                    if (source == null) {
                        LOG.warnf("Dead letter %s-%d@%d names no source topic; left for an operator",
                                record.topic(), record.partition(), record.offset());
                        continue;
                    }
                    acks.add(producer.send(toSource(record, source)));
                }
                awaitAll(acks);
                sent[0] += acks.size();
                // Only what the broker acknowledged is marked re-driven; a failure re-drives the batch again later.
                consumer.commitSync(positions(consumer));
            });
            redriven = sent[0];
        }
        LOG.infof("Re-drove %d dead letters of organisation %s from %s", redriven, tenant, topic());
        return new RedriveResult(redriven, pending(tenant, 0).pending());
    }

    /** Reads from the group's committed position to the end offsets seen at the start, handing over the tenant's records. */
    private void scan(KafkaConsumer<byte[], byte[]> consumer, String tenant,
            Consumer<List<ConsumerRecord<byte[], byte[]>>> handler) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic());
        if (infos == null || infos.isEmpty()) {
            return;
        }
        List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        Instant deadline = Instant.now().plus(SCAN_TIMEOUT);
        while (!reached(consumer, ends)) {
            if (Instant.now().isAfter(deadline)) {
                throw new ProblemException(ProblemType.UNAVAILABLE, "Reading the dead-letter topic took too long; try again");
            }
            List<ConsumerRecord<byte[], byte[]>> mine = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < ends.get(partition) && tenant.equals(header(record, TENANT_HEADER))) {
                    mine.add(record);
                }
            }
            handler.accept(mine);
        }
    }

    private static boolean reached(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static Map<TopicPartition, OffsetAndMetadata> positions(KafkaConsumer<byte[], byte[]> consumer) {
        Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>();
        consumer.assignment().forEach(p -> positions.put(p, new OffsetAndMetadata(consumer.position(p))));
        return positions;
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

    private static void awaitAll(List<Future<RecordMetadata>> acks) {
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
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
                Instant.ofEpochMilli(record.timestamp()), header(record, "ce_id"), header(record, "ce_type"), reason);
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

    private KafkaConsumer<byte[], byte[]> consumer(String tenant) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, service + "-redrive-" + tenant);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
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
