package nl.opstap.trajectory.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.support.inbox.EventInbox;
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
    @Transactional
    public void onClientEvent(String message) {
        inbox.accept(CONSUMER, message).ifPresent(envelope -> {
            if (envelope.data() instanceof ClientAdmitted admitted) {
                trajectories.start(envelope.tenant(), admitted);
            }
        });
    }
}
