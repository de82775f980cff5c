package nl.opstap.trajectory.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.MalformedEventException;
import nl.opstap.support.inbox.EventInbox;
import org.eclipse.microprofile.faulttolerance.Retry;
import nl.opstap.trajectory.service.TrajectoryService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** An admission at intake starts a trajectory. */
@ApplicationScoped
public class AdmissionConsumer {

    static final String CONSUMER = "trajectory.admissions";

    private final EventInbox inbox;
    private final TrajectoryService trajectories;

    AdmissionConsumer(EventInbox inbox, TrajectoryService trajectories) {
        this.inbox = inbox;
        this.trajectories = trajectories;
    }

    @Incoming("clients")
    @Blocking
    @Retry(maxRetries = EventInbox.RETRIES, delay = EventInbox.RETRY_DELAY_MS, abortOn = MalformedEventException.class)
    public void onClientEvent(String message) {
        inbox.process(CONSUMER, message, envelope -> {
            if (envelope.data() instanceof ClientAdmitted admitted) {
                trajectories.start(envelope.tenant(), admitted);
            }
        });
    }
}
