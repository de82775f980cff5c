package nl.opstap.matching.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.DataSubjectRequested;
import nl.opstap.matching.service.CandidateProfileService;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import nl.opstap.support.privacy.DataSubjectRequestHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * intake-service's client stream: admissions become candidate profiles, data-subject requests are carried out; other client
 * events are not matching's concern.
 */
@ApplicationScoped
public class ClientTopicConsumer {

    static final String CONSUMER = "matching.candidate-profiles";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    ClientTopicConsumer(EventInbox inbox, CandidateProfileService profiles, DataSubjectRequestHandler dataSubjectRequests) {
        this.inbox = inbox;
        this.handlers = new EventHandlers()
                .on(ClientAdmitted.class, profiles::admitted)
                .on(DataSubjectRequested.class, dataSubjectRequests::handle);
    }

    @Incoming("clients")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, handlers, record);
    }
}
