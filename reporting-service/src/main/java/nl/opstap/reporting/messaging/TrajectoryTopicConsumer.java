package nl.opstap.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.opstap.events.AftercareEnded;
import nl.opstap.events.TrajectoryEnded;
import nl.opstap.events.TrajectoryExtended;
import nl.opstap.events.TrajectoryStarted;
import nl.opstap.reporting.service.JourneyProjection;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Trajectory starts, extensions, ends and aftercare ends become journey facts. */
@ApplicationScoped
public class TrajectoryTopicConsumer {

    static final String CONSUMER = "reporting.trajectories";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    TrajectoryTopicConsumer(EventInbox inbox, JourneyProjection projection) {
        this.inbox = inbox;
        this.handlers = projection.handlers(List.of(TrajectoryStarted.class, TrajectoryExtended.class, TrajectoryEnded.class, AftercareEnded.class));
    }

    @Incoming("trajectories")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processAll(CONSUMER, handlers, records);
    }
}
