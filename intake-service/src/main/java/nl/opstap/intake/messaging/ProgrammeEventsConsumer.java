package nl.opstap.intake.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.intake.service.ProgrammeCatalogue;
import nl.opstap.support.inbox.EventInbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Programmes published by trajectory-service, kept to evaluate programme fit at intake. */
@ApplicationScoped
public class ProgrammeEventsConsumer {

    static final String CONSUMER = "intake.programmes";

    private final EventInbox inbox;
    private final ProgrammeCatalogue catalogue;

    ProgrammeEventsConsumer(EventInbox inbox, ProgrammeCatalogue catalogue) {
        this.inbox = inbox;
        this.catalogue = catalogue;
    }

    @Incoming("programmes")
    @Blocking
    @Transactional
    public void onProgrammeEvent(String message) {
        inbox.accept(CONSUMER, message).ifPresent(envelope -> {
            if (envelope.data() instanceof ProgrammePublished published) {
                catalogue.published(envelope, published);
            }
        });
    }
}
