package nl.opstap.intake.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.IdentitySharingConsented;
import nl.opstap.intake.service.AdmissionService;
import nl.opstap.intake.service.IdentitySharing;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consent to share a client's identity with an employer, and placements (aftercare holds the retention period); the rest is skipped. */
@ApplicationScoped
public class PlacementTopicConsumer {

    static final String CONSUMER = "intake.identity-shares";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    PlacementTopicConsumer(EventInbox inbox, IdentitySharing sharing, AdmissionService admissions) {
        this.inbox = inbox;
        this.handlers = new EventHandlers()
                .on(IdentitySharingConsented.class, sharing::consented)
                .on(ClientPlaced.class, admissions::placed);
    }

    @Incoming("placements")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, handlers, record);
    }
}
