package nl.opstap.intake.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.intake.service.ProgrammeCatalogue;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Programmes published by trajectory-service, kept to evaluate programme fit at intake. */
@ApplicationScoped
public class ProgrammeTopicConsumer {

    static final String CONSUMER = "intake.programmes";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    ProgrammeTopicConsumer(EventInbox inbox, ProgrammeCatalogue catalogue) {
        this.inbox = inbox;
        // The catalogue keeps when a version was published: the time of the event, so the whole envelope.
        this.handlers = new EventHandlers()
                .onEnvelope(ProgrammePublished.class, published -> catalogue.published(published, published.data()));
    }

    @Incoming("programmes")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, handlers, record);
    }
}
