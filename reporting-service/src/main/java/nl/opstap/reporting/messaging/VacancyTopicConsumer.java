package nl.opstap.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.reporting.service.EventTallyService;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads every Opstap topic and counts each event by tenant and type: the tally needs the envelope (type,
 * time), whatever the payload. A redelivered event is skipped by the inbox; a message that is not a valid
 * event is dead-lettered to opstap.dlq.reporting-service.v1.
 */
@ApplicationScoped
public class AllTopicsConsumer {

    static final String CONSUMER = "reporting.event-tally";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    AllTopicsConsumer(EventInbox inbox, EventTallyService tallies) {
        this.inbox = inbox;
        this.handlers = new EventHandlers().onEvery(tallies::count);
    }

    @Incoming("events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processAll(CONSUMER, handlers, records);
    }
}
