package nl.opstap.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The one JSON mapping of envelopes, shared by producers and consumers so the wire format cannot drift.
 * Unknown fields are ignored: contract changes are additive.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /**
     * Reads an incoming envelope into a tree once: the schema check and the conversion to the payload record both work on
     * it (reading the text a second time was half the cost of reading). Decimals stay exactly as written, never a double
     * nor stripped of zeros, so the record equals the one read from the text.
     */
    private static final ObjectReader TREE_READER = MAPPER.reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

    private EventJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(EventEnvelope<?> envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event cannot be serialised: " + envelope.type(), e);
        }
    }

    /** Reads an envelope whose payload class is known; an envelope of another type is malformed for this reader. */
    public static <T> EventEnvelope<T> read(String json, Class<T> payloadClass) {
        EventEnvelope<T> envelope;
        try {
            envelope = MAPPER.readValue(json, envelopeOf(payloadClass));
        } catch (JsonProcessingException e) {
            throw notValid(payloadClass, e);
        }
        return ofType(envelope, payloadClass);
    }

    /**
     * Reads an envelope of any known type, checked against its published schema; its payload becomes the
     * record registered for the envelope's type.
     */
    public static EventEnvelope<? extends EventPayload> read(String json) {
        JsonNode tree;
        try {
            tree = TREE_READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Not JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.hasNonNull("type")) {
            throw new MalformedEventException("Envelope without a type", null);
        }
        String type = tree.get("type").asText();
        EventType eventType = EventType.fromType(type)
                .orElseThrow(() -> new MalformedEventException("Unknown event type " + type, null));
        EventSchemas.checkTolerant(eventType, tree);
        return fromTree(tree, eventType.payloadClass());
    }

    private static <T> EventEnvelope<T> fromTree(JsonNode tree, Class<T> payloadClass) {
        EventEnvelope<T> envelope;
        try {
            envelope = MAPPER.readerFor(envelopeOf(payloadClass)).readValue(tree);
        } catch (IOException e) {
            throw notValid(payloadClass, e);
        }
        return ofType(envelope, payloadClass);
    }

    private static JavaType envelopeOf(Class<?> payloadClass) {
        return MAPPER.getTypeFactory().constructParametricType(EventEnvelope.class, payloadClass);
    }

    private static MalformedEventException notValid(Class<?> payloadClass, IOException e) {
        String reason = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
        return new MalformedEventException("Not a valid " + payloadClass.getSimpleName() + " envelope: " + reason, e);
    }

    private static <T> EventEnvelope<T> ofType(EventEnvelope<T> envelope, Class<T> payloadClass) {
        boolean typeMatches = EventType.fromType(envelope.type()).map(t -> t.payloadClass() == payloadClass).orElse(false);
        if (!typeMatches) {
            throw new MalformedEventException("Envelope of type " + envelope.type() + " is not a " + payloadClass.getSimpleName(), null);
        }
        return envelope;
    }
}
