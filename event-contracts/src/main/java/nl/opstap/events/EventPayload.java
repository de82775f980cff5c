package nl.opstap.events;

/** Implemented by every event record so that its type and topic are known without a lookup table at the call site. */
public interface EventPayload {

    EventType eventType();
}
