package nl.opstap.support.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventPayload;

/**
 * A consumer's dispatch table: what it does with each event type of its topic. The inbox hands it every
 * event delivered for the first time; an event of a type nobody registered is skipped (and recorded as
 * processed all the same, so it is not looked at again).
 */
public final class EventHandlers {

    /** What a consumer does with one event type: the fact, and the tenant it belongs to. */
    @FunctionalInterface
    public interface Handler<E extends EventPayload> {
        void handle(String tenant, E event);
    }

    private final Map<Class<? extends EventPayload>, Consumer<EventEnvelope<? extends EventPayload>>> byType = new HashMap<>();
    private Consumer<EventEnvelope<? extends EventPayload>> everyEvent = envelope -> { };

    /** Handles events of {@code type} with their tenant; the usual shape. */
    public <E extends EventPayload> EventHandlers on(Class<E> type, Handler<? super E> handler) {
        return onEnvelope(type, envelope -> handler.handle(envelope.tenant(), envelope.data()));
    }

    /** Handles events of {@code type} whole, for a handler that also needs the envelope (e.g. the time of the fact). */
    public <E extends EventPayload> EventHandlers onEnvelope(Class<E> type, Consumer<EventEnvelope<E>> handler) {
        // The cast is safe: only envelopes whose data is exactly of this type are looked up under it.
        @SuppressWarnings("unchecked")
        Consumer<EventEnvelope<? extends EventPayload>> untyped = envelope -> handler.accept((EventEnvelope<E>) envelope);
        if (byType.putIfAbsent(type, untyped) != null) {
            throw new IllegalStateException("Two handlers for " + type.getSimpleName());
        }
        return this;
    }

    /** Handles every event whatever its type, for a consumer that looks at the stream as a whole (counts, audits). */
    public EventHandlers onEvery(Consumer<EventEnvelope<? extends EventPayload>> handler) {
        everyEvent = handler;
        return this;
    }

    void dispatch(EventEnvelope<? extends EventPayload> envelope) {
        everyEvent.accept(envelope);
        // Payloads are records, so the exact class is the type.
        Consumer<EventEnvelope<? extends EventPayload>> handler = byType.get(envelope.data().getClass());
        if (handler != null) {
            handler.accept(envelope);
        }
    }
}
