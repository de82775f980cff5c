package nl.opstap.support.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.DataSubjectRequestCompleted;
import nl.opstap.events.DataSubjectRequested;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.Topics;
import nl.opstap.events.vocabulary.DataSubjectRight;
import nl.opstap.support.privacy.ExportSeal;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Plays intake-service for a service under test: sends a data-subject request on the client stream and returns the
 * service's answer from the answers topic, an export part opened with the request's private key.
 */
public final class DataSubjectRequestProbe {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The service's answer, and for an export its part as JSON. */
    public record Answer(DataSubjectRequestCompleted completed, JsonNode part) {
    }

    private DataSubjectRequestProbe() {
    }

    public static Answer export(String service, String tenant, UUID clientId) {
        KeyPair keys = ExportSeal.newKeyPair();
        DataSubjectRequestCompleted completed = request(service, tenant, clientId, DataSubjectRight.EXPORT, ExportSeal.encode(keys.getPublic()));
        try {
            return new Answer(completed, JSON.readTree(ExportSeal.open(keys.getPrivate(), completed.sealedExport())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DataSubjectRequestCompleted erase(String service, String tenant, UUID clientId) {
        return request(service, tenant, clientId, DataSubjectRight.ERASURE, null);
    }

    private static DataSubjectRequestCompleted request(String service, String tenant, UUID clientId, DataSubjectRight right, String key) {
        UUID requestId = UUID.randomUUID();
        String request = EventJson.write(EventEnvelope.of("intake-service", tenant, clientId.toString(), Instant.now(),
                new DataSubjectRequested(requestId, clientId, right, LocalDate.now(), key)));
        try (TopicProbe answers = TopicProbe.open(Topics.PRIVACY_COMPLETION)) {
            TopicWriter.send(Topics.INTAKE_CLIENT, clientId.toString(), request);
            ConsumerRecord<String, String> answer = answers.await(
                    r -> requestId.toString().equals(r.key()) && service.equals(EventJson.read(r.value()).source()), Duration.ofSeconds(30));
            return EventJson.read(answer.value(), DataSubjectRequestCompleted.class).data();
        }
    }
}
