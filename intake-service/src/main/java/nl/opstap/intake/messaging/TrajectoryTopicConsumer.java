package nl.opstap.intake.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.events.AftercareEnded;
import nl.opstap.events.TrajectoryEnded;
import nl.opstap.intake.service.AdmissionService;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Trajectory endings become the referral's status for the municipality (terugmelding of the result); the end of the
 * trajectory or of its aftercare starts the retention period.
 */
@ApplicationScoped
public class TrajectoryTopicConsumer {

    static final String CONSUMER = "intake.trajectories";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    TrajectoryTopicConsumer(EventInbox inbox, AdmissionService admissions) {
        this.inbox = inbox;
        this.handlers = new EventHandlers()
                .on(TrajectoryEnded.class, admissions::trajectoryEnded)
                .on(AftercareEnded.class, admissions::aftercareEnded);
    }

    @Incoming("trajectories")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, handlers, record);
    }
}
