package nl.opstap.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

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
        JavaType type = MAPPER.getTypeFactory().constructParametricType(EventEnvelope.class, payloadClass);
        EventEnvelope<T> envelope;
        try {
            envelope = MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Not a valid " + payloadClass.getSimpleName() + " envelope: " + e.getOriginalMessage(), e);
        }
        boolean typeMatches = EventType.fromType(envelope.type()).map(t -> t.payloadClass() == payloadClass).orElse(false);
        if (!typeMatches) {
            throw new MalformedEventException("Envelope of type " + envelope.type() + " is not a " + payloadClass.getSimpleName(), null);
        }
        return envelope;
    }

    /**
     * Reads an envelope of any known type, checked against its published schema; its payload becomes the
     * record registered for the envelope's type.
     */
    public static EventEnvelope<? extends EventPayload> read(String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
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
        return read(json, eventType.payloadClass());
    }
}
