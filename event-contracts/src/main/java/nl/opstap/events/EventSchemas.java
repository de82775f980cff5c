package nl.opstap.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
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

    /** The pattern of every id in the schemas: a UUID in lower case. */
    static final String UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    /**
     * Draft 2020-12 as published, with format {@code uuid} checked by {@link #isUuid} instead of a regular expression:
     * an event carries several ids, each with that format and {@link #UUID_PATTERN}, and as regular expressions the two
     * were a third of the validation time of every event consumed or published.
     */
    private static final JsonMetaSchema DRAFT_2020_12 = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
            .format(new Format() {
                @Override
                public String getName() {
                    return "uuid";
                }

                @Override
                public boolean matches(ExecutionContext context, String value) {
                    return isUuid(value, false);
                }
            })
            .build();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(DRAFT_2020_12).schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_BASE, "classpath:schemas/")));

    /**
     * Draft 2020-12 treats format as an annotation by default; the contract means it as an assertion. The UUID pattern is
     * checked by hand for the same reason as the format; every other pattern by the JDK.
     */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .regularExpressionFactory(regex -> UUID_PATTERN.equals(regex) ? value -> isUuid(value, true)
                    : JDKRegularExpressionFactory.getInstance().getRegularExpression(regex))
            .build();

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

    /** 8-4-4-4-12 hexadecimal digits; {@code lowerCaseOnly} as {@link #UUID_PATTERN}, else either case as format uuid. */
    static boolean isUuid(String value, boolean lowerCaseOnly) {
        if (value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || !lowerCaseOnly && c >= 'A' && c <= 'F';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static JsonSchemaFactory factory() {
        return FACTORY;
    }

    static SchemaValidatorsConfig config() {
        return CONFIG;
    }
}
