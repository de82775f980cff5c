package nl.opstap.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventPayload;
import nl.opstap.reporting.repository.JourneyFactWriter;
import nl.opstap.reporting.repository.ProjectionSchema;
import nl.opstap.support.inbox.EventHandlers;

/** Keeps the live journey facts: each topic consumer hands it the event types of its topic. */
@ApplicationScoped
public class JourneyProjection {

    private final JourneyFactWriter writer;

    JourneyProjection(JourneyFactWriter writer) {
        this.writer = writer;
    }

    /** Dispatch table for one topic's consumer: every listed event type becomes a journey fact. */
    public EventHandlers handlers(List<Class<? extends EventPayload>> types) {
        EventHandlers handlers = new EventHandlers();
        types.forEach(type -> handlers.onEnvelope(type, this::apply));
        return handlers;
    }

    /** Applies an event the inbox delivers for the first time, in the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope<? extends EventPayload> event) {
        writer.apply(ProjectionSchema.LIVE, event);
    }
}
