package nl.opstap.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** asyncapi.yaml must list every topic, every event type with its schema, and who sends and receives what. */
class AsyncApiContractTest {

    private static final String CHANNEL_REF = "#/channels/";

    /** Who consumes what, per the events table in the README; reporting-service consumes everything but its own analytics stream. */
    private static final Map<String, Set<EventType>> CONSUMERS = Map.of(
            "intake-service", EnumSet.of(EventType.PROGRAMME_PUBLISHED, EventType.TRAJECTORY_ENDED, EventType.AFTERCARE_ENDED,
                    EventType.IDENTITY_SHARING_CONSENTED, EventType.CLIENT_PLACED, EventType.DATA_SUBJECT_REQUEST_COMPLETED),
            "trajectory-service", EnumSet.of(EventType.CLIENT_ADMITTED, EventType.CLIENT_PLACED, EventType.PLACEMENT_ENDED,
                    EventType.DATA_SUBJECT_REQUESTED),
            "matching-service", EnumSet.of(EventType.CLIENT_ADMITTED, EventType.TRAJECTORY_STARTED, EventType.TRAJECTORY_ENDED,
                    EventType.VACANCY_PUBLISHED, EventType.VACANCY_CLOSED, EventType.DATA_SUBJECT_REQUESTED),
            "employer-service", EnumSet.of(EventType.CLIENT_PLACED, EventType.PLACEMENT_ENDED, EventType.DATA_SUBJECT_REQUESTED),
            // A consent to share identity is no journey fact, and the answers to data-subject requests are intake's alone.
            "reporting-service", EnumSet.complementOf(EnumSet.of(EventType.ANALYTICS_JOURNEY_FACT, EventType.IDENTITY_SHARING_CONSENTED,
                    EventType.DATA_SUBJECT_REQUEST_COMPLETED)));

    private static JsonNode doc;

    @BeforeAll
    static void parse() throws IOException {
        doc = new YAMLMapper().readTree(ContractResources.text("asyncapi.yaml"));
    }

    @Test
    void isAnAsyncApi3Document() {
        assertEquals("3.0.0", doc.path("asyncapi").asText());
        assertEquals("kafka", doc.at("/servers/local/protocol").asText());
    }

    @Test
    void everyTopicIsAChannel() throws IllegalAccessException {
        Set<String> topics = topicConstants();
        assertEquals(8, topics.size(), "Topics constants");
        Set<String> addresses = new TreeSet<>();
        doc.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        assertTrue(addresses.containsAll(topics), "missing channels for " + minus(topics, addresses));

        addresses.remove(Topics.deadLetter("{service}"));
        assertEquals(topics, addresses, "every channel besides the dead-letter one must be a Topics constant");
    }

    @Test
    void deadLetterChannelFollowsTheTopicsPattern() {
        JsonNode channel = channelWithAddress(Topics.deadLetter("{service}"));
        assertEquals(CONSUMERS.keySet(), texts(channel.at("/parameters/service/enum")),
                "every consuming service has a dead-letter topic");

        JsonNode message = resolve(channel.at("/messages/DeadLetter"));
        JsonNode headers = resolve(message.path("headers"));
        Set<String> names = new TreeSet<>();
        headers.path("properties").fieldNames().forEachRemaining(names::add);
        assertTrue(names.containsAll(List.of("dead-letter-reason", "dead-letter-cause", "dead-letter-topic",
                "dead-letter-partition", "dead-letter-offset")), "dead-letter headers: " + names);
        assertEquals(Set.of("dead-letter-reason", "dead-letter-topic", "dead-letter-partition", "dead-letter-offset"),
                texts(headers.path("required")), "dead-letter-cause is only set when the failure has a cause");

        Set<String> senders = new TreeSet<>();
        operationsOn(channelName(channel)).stream()
                .filter(op -> "send".equals(op.path("action").asText()))
                .forEach(op -> senders.add(op.path("x-service").asText()));
        assertEquals(CONSUMERS.keySet(), senders, "every consuming service may dead-letter");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeIsAMessageWithItsSchema(EventType type) {
        JsonNode message = doc.at("/components/messages/" + type.schemaName());
        assertFalse(message.isMissingNode(), "no message " + type.schemaName());
        assertEquals(type.schemaName(), message.path("name").asText());
        assertEquals("./schemas/" + type.schemaName() + ".schema.json", message.at("/payload/$ref").asText(),
                "payload must reference the schema file");
        assertEquals(type.type(), message.path("x-event-type").asText());
        assertEquals("application/json", message.path("contentType").asText());
        assertTrue(ContractResources.exists(relative(message.path("x-sample").asText())), "sample file");

        JsonNode headers = resolve(message.path("headers"));
        assertEquals(Set.of("ce_id", "ce_type", "ce_source", "ce_tenant"), texts(headers.path("required")));
        headers.path("properties").forEach(header -> assertEquals("string", header.path("type").asText()));

        JsonNode key = resolve(resolve(message.path("bindings")).at("/kafka/key"));
        assertEquals("string", key.path("type").asText(), "Kafka key");
        assertTrue(key.path("description").asText().contains("data." + ContractResources.keyField(type)),
                "key description must say which id the key is");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeIsOnTheChannelOfItsTopic(EventType type) {
        JsonNode channel = channelWithAddress(type.topic());
        assertEquals("#/components/messages/" + type.schemaName(),
                channel.at("/messages/" + type.schemaName() + "/$ref").asText(),
                type.schemaName() + " must be a message of the channel for " + type.topic());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void exactlyTheProducersInTheSchemaSendIt(EventType type) {
        JsonNode source = ContractResources.schemaNode(type).at("/properties/source");
        // One producer (const), or every service for the answers to data-subject requests (enum).
        Set<String> producers = source.has("const") ? Set.of(source.path("const").asText()) : texts(source.path("enum"));
        Set<String> senders = operationsHandling(type).stream()
                .filter(op -> "send".equals(op.path("action").asText()))
                .map(op -> op.path("x-service").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(producers, senders, type.schemaName() + " senders");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void consumersMatchTheArchitecture(EventType type) {
        Set<String> expected = CONSUMERS.entrySet().stream().filter(e -> e.getValue().contains(type))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        Set<String> receivers = operationsHandling(type).stream()
                .filter(op -> "receive".equals(op.path("action").asText()))
                .map(op -> op.path("x-service").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, receivers, type.schemaName() + " receivers");
    }

    @Test
    void operationsAreWellFormed() {
        doc.path("operations").fields().forEachRemaining(entry -> {
            String id = entry.getKey();
            JsonNode op = entry.getValue();
            assertTrue(Set.of("send", "receive").contains(op.path("action").asText()), id + " action");
            assertTrue(CONSUMERS.containsKey(op.path("x-service").asText()), id + " x-service");
            String channelRef = op.at("/channel/$ref").asText();
            assertTrue(channelRef.startsWith(CHANNEL_REF), id + " channel");
            assertFalse(op.path("messages").isEmpty(), id + " lists no messages");
            op.path("messages").forEach(m -> assertTrue(m.path("$ref").asText().startsWith(channelRef + "/messages/"),
                    id + ": message " + m.path("$ref").asText() + " is not a message of its channel"));
            if ("receive".equals(op.path("action").asText())) {
                assertEquals(op.path("x-service").asText(), resolve(op.path("bindings")).at("/kafka/groupId/enum/0").asText(),
                        id + ": consumer group is the service name");
            }
        });
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            if (ref.startsWith("#")) {
                assertFalse(doc.at(ref.substring(1)).isMissingNode(), "unresolved " + ref);
            } else {
                assertTrue(ref.startsWith("./schemas/") && ref.endsWith(".schema.json"), "unexpected external ref " + ref);
                assertTrue(ContractResources.exists(relative(ref)), "missing schema file " + ref);
            }
        }
    }

    @Test
    void everySchemaFileIsReferenced() {
        Set<String> referenced = new TreeSet<>();
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        refs.stream().filter(r -> !r.startsWith("#")).forEach(referenced::add);
        Set<String> expected = Arrays.stream(EventType.values()).map(t -> "./schemas/" + t.schemaName() + ".schema.json")
                .collect(Collectors.toCollection(TreeSet::new));
        expected.add("./schemas/envelope.schema.json");
        assertEquals(expected, referenced);
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static Set<String> topicConstants() throws IllegalAccessException {
        Set<String> topics = new TreeSet<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    && field.getType() == String.class) {
                topics.add((String) field.get(null));
            }
        }
        return topics;
    }

    private static JsonNode channelWithAddress(String address) {
        List<JsonNode> matches = new ArrayList<>();
        doc.path("channels").forEach(channel -> {
            if (address.equals(channel.path("address").asText())) {
                matches.add(channel);
            }
        });
        assertEquals(1, matches.size(), "channels with address " + address);
        return matches.get(0);
    }

    private static String channelName(JsonNode channel) {
        var names = doc.path("channels").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (doc.path("channels").path(name) == channel) {
                return name;
            }
        }
        throw new AssertionError("channel not in document");
    }

    private static List<JsonNode> operationsOn(String channelName) {
        List<JsonNode> ops = new ArrayList<>();
        doc.path("operations").forEach(op -> {
            if ((CHANNEL_REF + channelName).equals(op.at("/channel/$ref").asText())) {
                ops.add(op);
            }
        });
        return ops;
    }

    /** Operations whose message list includes the message of this event type. */
    private static List<JsonNode> operationsHandling(EventType type) {
        String channelName = channelName(channelWithAddress(type.topic()));
        String messageRef = CHANNEL_REF + channelName + "/messages/" + type.schemaName();
        return operationsOn(channelName).stream()
                .filter(op -> StreamSupport.stream(op.path("messages").spliterator(), false)
                        .anyMatch(m -> messageRef.equals(m.path("$ref").asText())))
                .toList();
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref") && current.path("$ref").asText().startsWith("#")) {
            current = doc.at(current.path("$ref").asText().substring(1));
            assertFalse(current.isMissingNode(), "unresolved " + node.path("$ref").asText());
        }
        return current;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if ("$ref".equals(e.getKey())) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }

    /** asyncapi.yaml sits at the classpath root, so "./x" is classpath resource "x". */
    private static String relative(String path) {
        assertTrue(path.startsWith("./"), "expected a relative path: " + path);
        return path.substring(2);
    }

    private static Set<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
