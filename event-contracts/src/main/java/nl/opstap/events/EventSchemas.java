package nl.opstap.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published JSON Schemas (src/main/resources/schemas) as a check at runtime: a producer cannot publish,
 * and a consumer will not apply, an envelope that breaks its contract, e.g. one with an undeclared field
 * such as a BSN. Messages name the JSON path and the rule, never the offending value.
 */
public final class EventSchemas {

    /** Every schema's {@code $id} starts with this; it is mapped to {@code classpath:schemas/}. */
    public static final String SCHEMA_BASE = "https://opstap.nl/schemas/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_BASE, "classpath:schemas/")));

    /** Draft 2020-12 treats format as an annotation by default; the contract means it as an assertion. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** The compiled schema named e.g. {@code ClientPlaced} or {@code envelope}, loaded through its {@code $id}. */
    public static JsonSchema schema(String schemaName) {
        return SCHEMAS.computeIfAbsent(schemaName, name -> {
            JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(SCHEMA_BASE + name + ".schema.json"), CONFIG);
            schema.initializeValidators();
            return schema;
        });
    }

    /** What in the envelope breaks the schema of its type; empty when it conforms. */
    public static List<String> violations(EventType type, JsonNode envelope) {
        return violations(type, envelope, false);
    }

    /**
     * Producer's check: the envelope must conform exactly, so no undeclared field (a BSN, a name) is ever
     * published. Throws {@link MalformedEventException} listing the violations.
     */
    public static void check(EventType type, JsonNode envelope) {
        throwIfAny(type, violations(type, envelope, false));
    }

    /**
     * Consumer's check, a tolerant reader: fields this version does not know yet are allowed (changes are
     * additive), everything else must conform.
     */
    public static void checkTolerant(EventType type, JsonNode envelope) {
        throwIfAny(type, violations(type, envelope, true));
    }

    private static List<String> violations(EventType type, JsonNode envelope, boolean tolerateAdditions) {
        return schema(type.schemaName()).validate(envelope).stream()
                .filter(v -> !(tolerateAdditions && "additionalProperties".equals(v.getType())))
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    private static void throwIfAny(EventType type, List<String> violations) {
        if (!violations.isEmpty()) {
            throw new MalformedEventException(type.schemaName() + " breaks its schema: " + String.join("; ", violations), null);
        }
    }

    static JsonSchemaFactory factory() {
        return FACTORY;
    }

    static SchemaValidatorsConfig config() {
        return CONFIG;
    }
}
