package nl.opstap.matching.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.PlacementEnded;
import nl.opstap.matching.service.CandidateProfileService;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The placement stream: a placed candidate leaves the pool and returns when the placement ends. Read back from the
 * topic rather than changed in the publishing transaction, so the pool follows the same facts as every other reader.
 */
@ApplicationScoped
public class PlacementTopicConsumer {

    static final String CONSUMER = "matching.candidate-placements";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    PlacementTopicConsumer(EventInbox inbox, CandidateProfileService profiles) {
        this.inbox = inbox;
        this.handlers = new EventHandlers()
                .on(ClientPlaced.class, profiles::placed)
                .on(PlacementEnded.class, profiles::placementEnded);
    }

    @Incoming("placements")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, handlers, record);
    }
}
