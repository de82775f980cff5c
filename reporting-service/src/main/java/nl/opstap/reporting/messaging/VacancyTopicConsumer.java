package nl.opstap.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.reporting.service.EventTallyService;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Vacancies are no journey fact; their events are only counted in the tally. Every other topic's consumer counts its
 * own events in the same transaction as its facts (see {@link nl.opstap.reporting.service.JourneyProjection}).
 */
@ApplicationScoped
public class VacancyTopicConsumer {

    /** The name the tally consumer had when it read every topic, so events it counted are not counted again. */
    static final String CONSUMER = "reporting.event-tally";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    VacancyTopicConsumer(EventInbox inbox, EventTallyService tallies) {
        this.inbox = inbox;
        this.handlers = new EventHandlers().onEvery(tallies::count);
    }

    @Incoming("vacancies")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processAll(CONSUMER, handlers, records);
    }
}
