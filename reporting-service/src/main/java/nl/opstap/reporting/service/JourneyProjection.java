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
    private final AnalyticsStream analytics;
    private final ProjectionReplay replay;

    JourneyProjection(JourneyFactWriter writer, AnalyticsStream analytics, ProjectionReplay replay) {
        this.writer = writer;
        this.analytics = analytics;
        this.replay = replay;
    }

    /** Dispatch table for one topic's consumer: every listed event type becomes a journey fact. */
    public EventHandlers handlers(List<Class<? extends EventPayload>> types) {
        EventHandlers handlers = new EventHandlers();
        types.forEach(type -> handlers.onEnvelope(type, this::apply));
        return handlers;
    }

    /**
     * Applies an event the inbox delivers for the first time, in the inbox's transaction, and passes it on
     * pseudonymised to the BI stream in the same transaction (a replay rebuilds facts, it does not republish). While a replay
     * runs, the fact also goes into the schema it builds..
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope<? extends EventPayload> event) {
        writer.apply(ProjectionSchema.LIVE, event);
        replay.alsoIntoRebuild(event);
        analytics.publish(event);
    }
}
