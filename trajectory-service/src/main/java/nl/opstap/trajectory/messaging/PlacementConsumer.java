package nl.opstap.trajectory.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.MalformedEventException;
import nl.opstap.events.PlacementEnded;
import nl.opstap.support.inbox.EventInbox;
import org.eclipse.microprofile.faulttolerance.Retry;
import nl.opstap.trajectory.service.TrajectoryService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Placements from matching-service: placed starts aftercare, an ended placement is remembered for it. */
@ApplicationScoped
public class PlacementConsumer {

    static final String CONSUMER = "trajectory.placements";

    private final EventInbox inbox;
    private final TrajectoryService trajectories;

    PlacementConsumer(EventInbox inbox, TrajectoryService trajectories) {
        this.inbox = inbox;
        this.trajectories = trajectories;
    }

    @Incoming("placements")
    @Blocking
    @Retry(maxRetries = EventInbox.RETRIES, delay = EventInbox.RETRY_DELAY_MS, abortOn = MalformedEventException.class)
    public void onPlacementEvent(String message) {
        inbox.process(CONSUMER, message, envelope -> {
            if (envelope.data() instanceof ClientPlaced placed) {
                trajectories.placed(placed);
            } else if (envelope.data() instanceof PlacementEnded ended) {
                trajectories.placementEnded(ended);
            }
        });
    }
}
