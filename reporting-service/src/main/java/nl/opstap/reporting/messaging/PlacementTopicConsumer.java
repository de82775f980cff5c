package nl.opstap.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.PlacementEnded;
import nl.opstap.reporting.service.JourneyProjection;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Placements and their ends become journey facts; trial placements are not counted as placements. */
@ApplicationScoped
public class PlacementTopicConsumer {

    static final String CONSUMER = "reporting.placements";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    PlacementTopicConsumer(EventInbox inbox, JourneyProjection projection) {
        this.inbox = inbox;
        this.handlers = projection.handlers(List.of(ClientPlaced.class, PlacementEnded.class));
    }

    @Incoming("placements")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processAll(CONSUMER, handlers, records);
    }
}
