package nl.opstap.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.opstap.events.SroiContractSigned;
import nl.opstap.events.SroiCredited;
import nl.opstap.events.SroiManuallyCredited;
import nl.opstap.reporting.service.JourneyProjection;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** SROI credits per employer and contract, from placements and from approved manual entries. */
@ApplicationScoped
public class SroiTopicConsumer {

    static final String CONSUMER = "reporting.sroi";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    SroiTopicConsumer(EventInbox inbox, JourneyProjection projection) {
        this.inbox = inbox;
        this.handlers = projection.handlers(List.of(SroiContractSigned.class, SroiCredited.class, SroiManuallyCredited.class));
    }

    @Incoming("sroi-credits")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processAll(CONSUMER, handlers, records);
    }
}
