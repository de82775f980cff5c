package nl.opstap.trajectory.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.PlacementEnded;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import nl.opstap.trajectory.service.TrajectoryService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Placements from matching-service: placed starts aftercare, an ended placement is remembered for it. */
@ApplicationScoped
public class PlacementTopicConsumer {

    static final String CONSUMER = "trajectory.placements";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    PlacementTopicConsumer(EventInbox inbox, TrajectoryService trajectories) {
        this.inbox = inbox;
        // The trajectory is found by the client's or the placement's id, which are unique across tenants.
        this.handlers = new EventHandlers()
                .on(ClientPlaced.class, (tenant, placed) -> trajectories.placed(placed))
                .on(PlacementEnded.class, (tenant, ended) -> trajectories.placementEnded(ended));
    }

    @Incoming("placements")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, handlers, record);
    }
}
