package nl.opstap.support.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Puts raw messages on a topic, as another service or a broken producer would. */
public final class TopicWriter {

    private TopicWriter() {
    }

    public static void send(String topic, String key, String value) {
        send(topic, key, value, Map.of());
    }

    /** The same with Kafka headers, e.g. those SmallRye writes on a dead letter. */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        Properties props = new Properties();
        props.put("bootstrap.servers", TopicProbe.bootstrapServers());
        props.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Many messages through one producer, in order, waiting until the broker has them all: for test data sets. */
    public static void sendAll(List<ProducerRecord<String, String>> records) {
        Properties props = new Properties();
        props.put("bootstrap.servers", TopicProbe.bootstrapServers());
        props.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> sends = new ArrayList<>(records.size());
            records.forEach(record -> sends.add(producer.send(record)));
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
