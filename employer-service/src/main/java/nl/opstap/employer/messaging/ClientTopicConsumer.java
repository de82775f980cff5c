package nl.opstap.employer.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.events.DataSubjectRequested;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import nl.opstap.support.privacy.DataSubjectRequestHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** intake-service's client stream: only data-subject requests concern employer-service; the rest is skipped. */
@ApplicationScoped
public class ClientTopicConsumer {

    static final String CONSUMER = "employer.data-subject-requests";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    ClientTopicConsumer(EventInbox inbox, DataSubjectRequestHandler dataSubjectRequests) {
        this.inbox = inbox;
        this.handlers = new EventHandlers().on(DataSubjectRequested.class, dataSubjectRequests::handle);
    }

    @Incoming("clients")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, handlers, record);
    }
}
