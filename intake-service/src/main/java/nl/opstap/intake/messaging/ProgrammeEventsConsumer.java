package nl.opstap.intake.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.events.MalformedEventException;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.intake.service.ProgrammeCatalogue;
import nl.opstap.support.inbox.EventInbox;
import org.eclipse.microprofile.faulttolerance.Retry;
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
    @Retry(maxRetries = EventInbox.RETRIES, delay = EventInbox.RETRY_DELAY_MS, abortOn = MalformedEventException.class)
    public void onProgrammeEvent(String message) {
        inbox.process(CONSUMER, message, envelope -> {
            if (envelope.data() instanceof ProgrammePublished published) {
                catalogue.published(envelope, published);
            }
        });
    }
}
