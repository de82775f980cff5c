package nl.opstap.matching.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.events.VacancyClosed;
import nl.opstap.events.VacancyPublished;
import nl.opstap.matching.service.VacancyService;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** employer-service's vacancies: published ones are matched, closed ones leave the index. */
@ApplicationScoped
public class VacancyTopicConsumer {

    static final String CONSUMER = "matching.vacancies";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    VacancyTopicConsumer(EventInbox inbox, VacancyService vacancies) {
        this.inbox = inbox;
        this.handlers = new EventHandlers()
                .on(VacancyPublished.class, vacancies::published)
                .on(VacancyClosed.class, vacancies::closed);
    }

    @Incoming("vacancies")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, handlers, record);
    }
}
