package nl.opstap.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.events.MalformedEventException;
import nl.opstap.reporting.service.EventTallyService;
import nl.opstap.support.inbox.EventInbox;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads every Opstap topic. A redelivered event is skipped by the inbox; a message that is not a valid
 * event throws, and the channel's dead-letter strategy moves it to opstap.dlq.reporting-service.v1.
 */
@ApplicationScoped
public class EventStreamConsumer {

    static final String CONSUMER = "reporting.event-tally";

    private final EventInbox inbox;
    private final EventTallyService tallies;

    EventStreamConsumer(EventInbox inbox, EventTallyService tallies) {
        this.inbox = inbox;
        this.tallies = tallies;
    }

    @Incoming("events")
    @Blocking
    @Retry(maxRetries = EventInbox.RETRIES, delay = EventInbox.RETRY_DELAY_MS, abortOn = MalformedEventException.class)
    public void onEvent(String message) {
        inbox.process(CONSUMER, message, tallies::count);
    }
}
