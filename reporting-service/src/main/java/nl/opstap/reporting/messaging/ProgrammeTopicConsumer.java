package nl.opstap.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.reporting.service.JourneyProjection;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Programme versions, for the maximum duration the lock-in indicator compares with. */
@ApplicationScoped
public class ProgrammeTopicConsumer {

    static final String CONSUMER = "reporting.programmes";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    ProgrammeTopicConsumer(EventInbox inbox, JourneyProjection projection) {
        this.inbox = inbox;
        this.handlers = projection.handlers(List.of(ProgrammePublished.class));
    }

    @Incoming("programmes")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processAll(CONSUMER, handlers, records);
    }
}
