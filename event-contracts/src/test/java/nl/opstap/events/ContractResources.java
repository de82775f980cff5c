package nl.opstap.events;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Loads the published contract files (schemas, samples) from the classpath and validates against them. */
final class ContractResources {

    /** Every schema's {@code $id} starts with this; it is mapped to {@code classpath:schemas/}. */
    static final String SCHEMA_BASE = "https://opstap.nl/schemas/";
    static final String ENVELOPE = "envelope";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_BASE, "classpath:schemas/")));

    /** Draft 2020-12 treats format as an annotation by default; the contract means it as an assertion. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private ContractResources() {
    }

    static JsonSchemaFactory factory() {
        return FACTORY;
    }

    static SchemaValidatorsConfig config() {
        return CONFIG;
    }

    /** The compiled schema named e.g. {@code ClientPlaced} or {@code envelope}, loaded through its {@code $id}. */
    static JsonSchema schema(String schemaName) {
        return SCHEMAS.computeIfAbsent(schemaName, name -> {
            JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(SCHEMA_BASE + name + ".schema.json"), CONFIG);
            schema.initializeValidators();
            return schema;
        });
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
            default -> throw new IllegalStateException("No key known for topic " + type.topic());
        };
    }
}
