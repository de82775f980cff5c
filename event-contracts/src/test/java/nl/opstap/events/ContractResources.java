package nl.opstap.events;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** Loads the published contract files (schemas, samples) from the classpath and validates against them. */
final class ContractResources {

    static final String SCHEMA_BASE = EventSchemas.SCHEMA_BASE;
    static final String ENVELOPE = "envelope";

    private ContractResources() {
    }

    static JsonSchemaFactory factory() {
        return EventSchemas.factory();
    }

    static SchemaValidatorsConfig config() {
        return EventSchemas.config();
    }

    /** The compiled schema named e.g. {@code ClientPlaced} or {@code envelope}, loaded through its {@code $id}. */
    static JsonSchema schema(String schemaName) {
        return EventSchemas.schema(schemaName);
    }

    static JsonSchema schema(EventType type) {
        return schema(type.schemaName());
    }

    static Set<ValidationMessage> validate(EventType type, JsonNode instance) {
        return schema(type).validate(instance);
    }

    static String describe(Set<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::toString).sorted().collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    static boolean exists(String resource) {
        return ContractResources.class.getClassLoader().getResource(resource) != null;
    }

    static String text(String resource) {
        try (InputStream in = ContractResources.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "missing classpath resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String resource) {
        return tree(text(resource));
    }

    static JsonNode tree(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String schemaResource(EventType type) {
        return "schemas/" + type.schemaName() + ".schema.json";
    }

    static String sampleResource(EventType type) {
        return "samples/" + type.schemaName() + ".json";
    }

    static JsonNode schemaNode(EventType type) {
        return json(schemaResource(type));
    }

    static String sampleText(EventType type) {
        return text(sampleResource(type));
    }

    /** A fresh, mutable copy of the sample envelope. */
    static ObjectNode sample(EventType type) {
        return (ObjectNode) json(sampleResource(type));
    }

    /**
     * The field of {@code data} that the envelope subject (and Kafka key) equals, per the keying in {@link Topics}.
     */
    static String keyField(EventType type) {
        return switch (type.topic()) {
            case Topics.INTAKE_CLIENT, Topics.TRAJECTORY_TRAJECTORY, Topics.MATCHING_PLACEMENT -> "clientId";
            case Topics.TRAJECTORY_PROGRAMME -> "programmeId";
            case Topics.EMPLOYER_VACANCY -> "vacancyId";
            case Topics.EMPLOYER_SROI -> "employerId";
            case Topics.ANALYTICS -> "personPseudonym";
            case Topics.PRIVACY_COMPLETION -> "requestId";
            default -> throw new IllegalStateException("No key known for topic " + type.topic());
        };
    }
}
