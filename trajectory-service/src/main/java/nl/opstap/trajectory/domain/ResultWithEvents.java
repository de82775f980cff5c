package nl.opstap.trajectory.domain;

import java.util.List;
import nl.opstap.events.EventPayload;

/** A newly created aggregate and the events its creation causes, to be published with it. */
public record ResultWithEvents<T>(T aggregate, List<EventPayload> events) {
}
