package nl.opstap.matching.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.events.TrajectoryEnded;
import nl.opstap.events.TrajectoryStarted;
import nl.opstap.matching.service.CandidateProfileService;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** trajectory-service's trajectories: a candidate is in the pool while a trajectory runs, out once it has ended. */
@ApplicationScoped
public class TrajectoryTopicConsumer {

    static final String CONSUMER = "matching.candidate-trajectories";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    TrajectoryTopicConsumer(EventInbox inbox, CandidateProfileService profiles) {
        this.inbox = inbox;
        this.handlers = new EventHandlers()
                .on(TrajectoryStarted.class, profiles::trajectoryStarted)
                .on(TrajectoryEnded.class, profiles::trajectoryEnded);
    }

    @Incoming("trajectories")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, handlers, record);
    }
}
