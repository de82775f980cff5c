package nl.opstap.intake.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.events.DataSubjectRequestCompleted;
import nl.opstap.intake.service.DataSubjectRequests;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Every other service's answer to a data-subject request: the request's progress, and the sealed parts of an export. */
@ApplicationScoped
public class PrivacyCompletionConsumer {

    static final String CONSUMER = "intake.data-subject-answers";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    PrivacyCompletionConsumer(EventInbox inbox, DataSubjectRequests requests) {
        this.inbox = inbox;
        this.handlers = new EventHandlers().on(DataSubjectRequestCompleted.class, requests::answered);
    }

    @Incoming("privacy-answers")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, handlers, record);
    }
}
