package nl.opstap.events;

import static nl.opstap.events.ContractResources.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;
import java.io.File;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The published contract of every event type: its JSON Schema, its sample and its Java record must agree,
 * so that none of them can drift from the others.
 */
class EventContractTest {

    /** Names that would smell of a direct identifier; no event may carry one (README, Rules 1). */
    private static final Pattern DIRECT_IDENTIFIER = Pattern.compile(
            "(?i).*(bsn|burgerservice|firstname|lastname|surname|fullname|initials|address|street|housenumber"
                    + "|birth|phone|email|iban).*");

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleValidatesAgainstItsSchema(EventType type) {
        Set<ValidationMessage> errors = ContractResources.validate(type, ContractResources.sample(type));
        assertTrue(errors.isEmpty(), type.schemaName() + " sample is invalid:" + describe(errors));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleIsAValidEnvelope(EventType type) {
        Set<ValidationMessage> errors = ContractResources.schema(ContractResources.ENVELOPE)
                .validate(ContractResources.sample(type));
        assertTrue(errors.isEmpty(), type.schemaName() + " sample is not a valid envelope:" + describe(errors));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleRoundTripsThroughTheRecord(EventType type) {
        String json = ContractResources.sampleText(type);

        EventEnvelope<? extends EventPayload> envelope = EventJson.read(json, type.payloadClass());
        assertInstanceOf(type.payloadClass(), envelope.data());
        assertEquals(type, envelope.data().eventType());
        assertEquals(type.type(), envelope.type());

        String written = EventJson.write(envelope);
        assertEquals(ContractResources.tree(json), ContractResources.tree(written),
                "re-serialised " + type.schemaName() + " differs from the sample");
        Set<ValidationMessage> errors = ContractResources.validate(type, ContractResources.tree(written));
        assertTrue(errors.isEmpty(), "re-serialised " + type.schemaName() + " is invalid:" + describe(errors));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaIdentifiesTheEventType(EventType type) {
        JsonNode schema = ContractResources.schemaNode(type);
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals(ContractResources.SCHEMA_BASE + type.schemaName() + ".schema.json", schema.path("$id").asText());
        assertEquals(type.type(), schema.at("/properties/type/const").asText(), "type const");
        assertTrue(schema.path("description").asText().contains(type.topic()), "description names the topic");

        JsonNode sample = ContractResources.sample(type);
        assertEquals(type.type(), sample.path("type").asText(), "sample type");
        JsonNode source = schema.at("/properties/source");
        if (source.has("const")) {
            assertEquals(source.path("const").asText(), sample.path("source").asText(), "sample source");
        } else {
            // Answers that every service sends: the sample's source is one of them, and the service named in the data.
            assertTrue(StreamSupport.stream(source.path("enum").spliterator(), false)
                    .anyMatch(s -> s.asText().equals(sample.path("source").asText())), "sample source");
            assertEquals(sample.path("source").asText(), sample.at("/data/service").asText(), "sample data.service");
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaStatesThatTheSubjectIsPseudonymous(EventType type) {
        JsonNode schema = ContractResources.schemaNode(type);
        String description = schema.path("description").asText();
        assertTrue(description.contains("subject is pseudonymous"), "schema description must say the subject is pseudonymous");
        assertTrue(description.contains("BSN"), "schema description must rule out the BSN");
        assertFalse(schema.at("/properties/subject/description").asText().isBlank(), "subject description");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void subjectIsTheAggregateKey(EventType type) {
        JsonNode sample = ContractResources.sample(type);
        String keyField = ContractResources.keyField(type);
        assertEquals(sample.at("/data/" + keyField).asText(), sample.path("subject").asText(),
                "subject of " + type.schemaName() + " must equal data." + keyField);
        assertTrue(ContractResources.schemaNode(type).at("/properties/subject/description").asText()
                .contains("data." + keyField), "subject description names data." + keyField);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void recordFieldsEqualSchemaProperties(EventType type) {
        JsonNode schema = ContractResources.schemaNode(type);
        compareRecord(type.payloadClass(), schema.at("/properties/data"), schema, "data");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void noFieldIsADirectIdentifier(EventType type) {
        List<String> names = new ArrayList<>();
        collectComponentNames(type.payloadClass(), "", names);
        names.forEach(name -> assertFalse(DIRECT_IDENTIFIER.matcher(name.substring(name.lastIndexOf('.') + 1)).matches(),
                type.schemaName() + "." + name + " looks like a direct identifier"));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaIsValidDraft202012(EventType type) {
        assertValidAgainstMetaSchema(ContractResources.schemaNode(type), type.schemaName());
    }

    @Test
    void envelopeSchemaIsValidDraft202012() {
        assertValidAgainstMetaSchema(ContractResources.json("schemas/envelope.schema.json"), "envelope");
    }

    @Test
    void envelopeSchemaRequiresEveryEnvelopeComponent() {
        JsonNode schema = ContractResources.json("schemas/envelope.schema.json");
        Set<String> components = Arrays.stream(EventEnvelope.class.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(components, names(schema.path("properties").fieldNames()));
        assertEquals(components, texts(schema.path("required")));
    }

    @Test
    void everySchemaAndSampleFileBelongsToAnEventType() throws URISyntaxException {
        Set<String> expected = Arrays.stream(EventType.values()).map(EventType::schemaName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expectedSchemas = new TreeSet<>(expected);
        expectedSchemas.add(ContractResources.ENVELOPE);
        assertEquals(expectedSchemas, fileStems("schemas", ".schema.json"));
        assertEquals(expected, fileStems("samples", ".json"));
    }

    @Test
    void sampleIdsAreUnique() {
        Set<String> ids = new LinkedHashSet<>();
        for (EventType type : EventType.values()) {
            assertTrue(ids.add(ContractResources.sample(type).path("id").asText()), "duplicate id in " + type.schemaName());
        }
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static void assertValidAgainstMetaSchema(JsonNode schema, String name) {
        JsonSchema meta = ContractResources.factory().getSchema(
                SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), ContractResources.config());
        Set<ValidationMessage> errors = meta.validate(schema);
        assertTrue(errors.isEmpty(), name + " is not a valid draft 2020-12 schema:" + describe(errors));
    }

    /** Compares a record with the object schema describing it, recursing into nested records. */
    private static void compareRecord(Class<?> record, JsonNode objectSchema, JsonNode root, String path) {
        JsonNode resolved = resolve(objectSchema, root);
        assertEquals("object", resolved.path("type").asText(), path + " type");
        assertFalse(resolved.path("additionalProperties").asBoolean(true),
                path + " must forbid undeclared properties (additionalProperties: false)");
        assertFalse(resolved.path("description").asText().isBlank(), path + " needs a description");

        RecordComponent[] components = record.getRecordComponents();
        Set<String> componentNames = Arrays.stream(components).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        JsonNode properties = resolved.path("properties");
        assertEquals(componentNames, names(properties.fieldNames()),
                path + ": schema properties differ from the fields of " + record.getSimpleName());

        Set<String> required = texts(resolved.path("required"));
        assertTrue(componentNames.containsAll(required), path + ": required names unknown fields " + required);
        for (RecordComponent component : components) {
            String at = path + "." + component.getName();
            if (component.getType().isPrimitive()) {
                assertTrue(required.contains(component.getName()), at + " is a primitive and must be required");
            }
            JsonNode property = properties.path(component.getName());
            String description = property.has("description") ? property.path("description").asText()
                    : resolve(property, root).path("description").asText();
            assertFalse(description.isBlank(), at + " needs a description");
            compareType(component.getGenericType(), property, root, at);
        }
    }

    /** Checks that the JSON Schema type of a property matches the Java type of the record component. */
    private static void compareType(Type javaType, JsonNode property, JsonNode root, String path) {
        JsonNode schema = resolve(property, root);
        Class<?> raw = rawClass(javaType);
        if (raw == UUID.class) {
            assertEquals("string", schema.path("type").asText(), path);
            assertEquals("uuid", schema.path("format").asText(), path + " format");
            assertFalse(schema.path("pattern").asText().isEmpty(), path + " pattern");
        } else if (raw == LocalDate.class) {
            assertEquals("string", schema.path("type").asText(), path);
            assertEquals("date", schema.path("format").asText(), path + " format");
        } else if (raw == String.class) {
            assertEquals("string", schema.path("type").asText(), path);
            assertTrue(schema.path("format").isMissingNode(), path + " has an unexpected format");
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            assertEquals("integer", schema.path("type").asText(), path);
        } else if (raw == boolean.class || raw == Boolean.class) {
            assertEquals("boolean", schema.path("type").asText(), path);
        } else if (raw == BigDecimal.class) {
            assertEquals("number", schema.path("type").asText(), path);
        } else if (raw.isEnum()) {
            assertEquals("string", schema.path("type").asText(), path);
            List<String> constants = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            List<String> listed = StreamSupport.stream(schema.path("enum").spliterator(), false)
                    .map(JsonNode::asText).toList();
            assertEquals(constants, listed, path + " must list exactly the constants of " + raw.getSimpleName());
        } else if (List.class.isAssignableFrom(raw)) {
            assertEquals("array", schema.path("type").asText(), path);
            compareType(typeArgument(javaType, 0), schema.path("items"), root, path + "[]");
        } else if (Map.class.isAssignableFrom(raw)) {
            assertEquals("object", schema.path("type").asText(), path);
            assertEquals(String.class, typeArgument(javaType, 0), path + " keys");
            Type valueType = typeArgument(javaType, 1);
            schema.path("properties").fields().forEachRemaining(
                    entry -> compareType(valueType, entry.getValue(), root, path + "." + entry.getKey()));
        } else if (raw.isRecord()) {
            compareRecord(raw, schema, root, path);
        } else {
            fail(path + ": no schema mapping known for Java type " + javaType.getTypeName());
        }
    }

    /** Follows a local {@code $ref} ({@code #/$defs/...}); schemas keep nested records in their own $defs. */
    private static JsonNode resolve(JsonNode node, JsonNode root) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.path("$ref").asText();
            assertTrue(ref.startsWith("#/"), "only local references are expected inside data: " + ref);
            current = root.at(ref.substring(1));
            assertFalse(current.isMissingNode(), "unresolved reference " + ref);
        }
        return current;
    }

    private static void collectComponentNames(Class<?> record, String prefix, List<String> names) {
        for (RecordComponent component : record.getRecordComponents()) {
            String name = prefix + component.getName();
            names.add(name);
            Class<?> raw = rawClass(component.getGenericType());
            if (raw.isRecord()) {
                collectComponentNames(raw, name + ".", names);
            } else if (List.class.isAssignableFrom(raw) && rawClass(typeArgument(component.getGenericType(), 0)).isRecord()) {
                collectComponentNames(rawClass(typeArgument(component.getGenericType(), 0)), name + ".", names);
            }
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("Unsupported type " + type);
    }

    private static Type typeArgument(Type type, int index) {
        assertInstanceOf(ParameterizedType.class, type, type.getTypeName() + " must be parameterised");
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }

    private static Set<String> names(java.util.Iterator<String> iterator) {
        Set<String> names = new TreeSet<>();
        iterator.forEachRemaining(names::add);
        return names;
    }

    private static Set<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> fileStems(String folder, String suffix) throws URISyntaxException {
        URL url = Objects.requireNonNull(EventContractTest.class.getClassLoader().getResource(folder), folder);
        assertEquals("file", url.getProtocol(), "resources are expected in a directory while testing");
        File[] files = Objects.requireNonNull(new File(url.toURI()).listFiles());
        return Arrays.stream(files).map(File::getName).filter(n -> n.endsWith(suffix))
                .map(n -> n.substring(0, n.length() - suffix.length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
