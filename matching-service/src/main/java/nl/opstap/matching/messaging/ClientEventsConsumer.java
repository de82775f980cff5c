package nl.opstap.matching.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.MalformedEventException;
import nl.opstap.matching.service.CandidateProfileService;
import nl.opstap.support.inbox.EventInbox;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** intake-service's client stream: admissions become candidate profiles; other client events are not matching's concern. */
@ApplicationScoped
public class ClientEventsConsumer {

    static final String CONSUMER = "matching.candidate-profiles";

    private final EventInbox inbox;
    private final CandidateProfileService profiles;

    ClientEventsConsumer(EventInbox inbox, CandidateProfileService profiles) {
        this.inbox = inbox;
        this.profiles = profiles;
    }

    @Incoming("clients")
    @Blocking
    @Retry(maxRetries = EventInbox.RETRIES, delay = EventInbox.RETRY_DELAY_MS, abortOn = MalformedEventException.class)
    public void onClientEvent(String message) {
        inbox.process(CONSUMER, message, envelope -> {
            if (envelope.data() instanceof ClientAdmitted admitted) {
                profiles.admitted(envelope, admitted);
            }
        });
    }
}
