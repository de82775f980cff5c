package nl.opstap.support.domain;

import java.util.List;
import nl.opstap.events.EventPayload;

/** A newly created aggregate and the events its creation causes, to be published with it (every service's aggregates). */
public record ResultWithEvents<T>(T aggregate, List<EventPayload> events) {
}
