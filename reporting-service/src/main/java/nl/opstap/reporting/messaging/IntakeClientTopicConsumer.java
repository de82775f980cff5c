package nl.opstap.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.opstap.events.BenefitResumed;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientReferredBack;
import nl.opstap.events.DataSubjectRequested;
import nl.opstap.events.DevelopmentMeasured;
import nl.opstap.events.ReferralReceived;
import nl.opstap.reporting.service.JourneyProjection;
import nl.opstap.reporting.service.ProjectionReplay;
import nl.opstap.support.inbox.EventHandlers;
import nl.opstap.support.inbox.EventInbox;
import nl.opstap.support.privacy.DataSubjectRequestHandler;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Referrals, intake decisions and benefit resumption become journey facts; data-subject requests are carried out. */
@ApplicationScoped
public class IntakeClientTopicConsumer {

    static final String CONSUMER = "reporting.intake-clients";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    IntakeClientTopicConsumer(EventInbox inbox, JourneyProjection projection, ProjectionReplay replay,
            DataSubjectRequestHandler dataSubjectRequests) {
        this.inbox = inbox;
        this.handlers = projection.handlers(List.of(ReferralReceived.class, ClientAdmitted.class, ClientReferredBack.class, BenefitResumed.class,
                        DevelopmentMeasured.class))
                .onEnvelope(DataSubjectRequested.class, request -> {
                    // A replay running now builds its facts from events up to its start: the erasure must reach them too.
                    replay.alsoIntoRebuild(request);
                    dataSubjectRequests.handle(request.tenant(), request.data());
                });
    }

    @Incoming("intake-clients")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processAll(CONSUMER, handlers, records);
    }
}
