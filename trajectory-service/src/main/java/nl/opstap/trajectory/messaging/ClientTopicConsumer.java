package nl.opstap.trajectory.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.DataSubjectRequested;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import nl.opstap.support.privacy.DataSubjectRequestHandler;
import nl.opstap.trajectory.service.TrajectoryService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** intake-service's client stream: an admission at intake starts a trajectory; a data-subject request is carried out. */
@ApplicationScoped
public class ClientTopicConsumer {

    static final String CONSUMER = "trajectory.admissions";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    ClientTopicConsumer(EventInbox inbox, TrajectoryService trajectories, DataSubjectRequestHandler dataSubjectRequests) {
        this.inbox = inbox;
        this.handlers = new EventHandlers()
                .on(ClientAdmitted.class, trajectories::start)
                .on(DataSubjectRequested.class, dataSubjectRequests::handle);
    }

    @Incoming("clients")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, handlers, record);
    }
}
