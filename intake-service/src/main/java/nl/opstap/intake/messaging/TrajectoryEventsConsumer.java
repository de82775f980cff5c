package nl.opstap.intake.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.events.MalformedEventException;
import nl.opstap.events.TrajectoryEnded;
import nl.opstap.intake.service.AdmissionService;
import nl.opstap.support.inbox.EventInbox;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Trajectory endings become the referral's status for the municipality (terugmelding of the result). */
@ApplicationScoped
public class TrajectoryEventsConsumer {

    static final String CONSUMER = "intake.trajectories";

    private final EventInbox inbox;
    private final AdmissionService admissions;

    TrajectoryEventsConsumer(EventInbox inbox, AdmissionService admissions) {
        this.inbox = inbox;
        this.admissions = admissions;
    }

    @Incoming("trajectories")
    @Blocking
    @Retry(maxRetries = EventInbox.RETRIES, delay = EventInbox.RETRY_DELAY_MS, abortOn = MalformedEventException.class)
    public void onTrajectoryEvent(String message) {
        inbox.process(CONSUMER, message, envelope -> {
            if (envelope.data() instanceof TrajectoryEnded ended) {
                admissions.trajectoryEnded(envelope.tenant(), ended.clientId(), ended.outcome());
            }
        });
    }
}
