package nl.opstap.employer.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.employer.service.LedgerService;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.PlacementEnded;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Placements from matching-service, remembered for SROI crediting in whatever order they arrive. */
@ApplicationScoped
public class PlacementTopicConsumer {

    static final String CONSUMER = "employer.placements";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    PlacementTopicConsumer(EventInbox inbox, LedgerService ledger) {
        this.inbox = inbox;
        this.handlers = new EventHandlers()
                .onEnvelope(ClientPlaced.class, envelope -> ledger.placed(envelope.tenant(), envelope.id(), envelope.data()))
                .on(PlacementEnded.class, ledger::ended);
    }

    @Incoming("placements")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, handlers, record);
    }
}
