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
    private final EventTallyService tallies;

    JourneyProjection(JourneyFactWriter writer, AnalyticsStream analytics, ProjectionReplay replay, EventTallyService tallies) {
        this.writer = writer;
        this.analytics = analytics;
        this.replay = replay;
        this.tallies = tallies;
    }

    /**
     * Dispatch table for one topic's consumer: every event is counted in the tally, and every listed event type becomes
     * a journey fact. Counting here, in the fact's transaction, reads and checks each event once; a consumer of its own
     * for the tally read, parsed and claimed every event a second time, which was half the consumers' work.
     */
    public EventHandlers handlers(List<Class<? extends EventPayload>> types) {
        EventHandlers handlers = new EventHandlers().onEvery(tallies::count);
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
