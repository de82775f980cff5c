package nl.opstap.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.events.AftercareEnded;
import nl.opstap.events.AnalyticsJourneyFact;
import nl.opstap.events.BenefitResumed;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.ClientReferredBack;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventPayload;
import nl.opstap.events.PlacementEnded;
import nl.opstap.events.ReferralReceived;
import nl.opstap.events.TrajectoryEnded;
import nl.opstap.events.TrajectoryStarted;
import nl.opstap.events.vocabulary.JourneyStep;
import nl.opstap.support.outbox.EventPublisher;

/**
 * Turns each journey event into a pseudonymised {@link AnalyticsJourneyFact} on opstap.analytics.v1, through
 * the outbox in the transaction that stores the fact. Only what the step itself says is passed on, coarsened:
 * postcode to two digits, age to a band, no platform ids of the person, trajectory or placement.
 */
@ApplicationScoped
public class AnalyticsStream {

    private final EventPublisher publisher;
    private final Pseudonyms pseudonyms;

    AnalyticsStream(EventPublisher publisher, Pseudonyms pseudonyms) {
        this.publisher = publisher;
        this.pseudonyms = pseudonyms;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(EventEnvelope<? extends EventPayload> event) {
        factOf(event).ifPresent(fact -> publisher.publish(event.tenant(), fact.personPseudonym(), fact));
    }

    private Optional<AnalyticsJourneyFact> factOf(EventEnvelope<? extends EventPayload> event) {
        String tenant = event.tenant();
        EventPayload data = event.data();
        if (data instanceof ReferralReceived r) {
            return fact(tenant, r.clientId(), JourneyStep.REFERRED, r.receivedOn(), r.indicatedProgrammeId(), r.municipalityCode(), null);
        } else if (data instanceof ClientAdmitted a) {
            String postcode = a.profile() == null ? null : a.profile().postcodeArea();
            String area = postcode != null && postcode.length() >= 2 ? postcode.substring(0, 2) : null;
            return fact(tenant, a.clientId(), JourneyStep.ADMITTED, a.admittedOn(), a.programmeId(), a.municipalityCode(), area);
        } else if (data instanceof ClientReferredBack b) {
            return Optional.of(new AnalyticsJourneyFact(pseudonyms.of(tenant, b.clientId()), JourneyStep.REFERRED_BACK, b.referredBackOn(),
                    null, b.municipalityCode(), null, null, null, b.reason(), null, null));
        } else if (data instanceof TrajectoryStarted s) {
            return fact(tenant, s.clientId(), JourneyStep.TRAJECTORY_STARTED, s.startedOn(), s.programmeId(), null, null);
        } else if (data instanceof TrajectoryEnded e) {
            return Optional.of(new AnalyticsJourneyFact(pseudonyms.of(tenant, e.clientId()), JourneyStep.TRAJECTORY_ENDED, e.endedOn(),
                    e.programmeId(), null, null, null, e.outcome(), null, null, null));
        } else if (data instanceof AftercareEnded a) {
            return fact(tenant, a.clientId(), JourneyStep.AFTERCARE_ENDED, a.endedOn(), null, null, null);
        } else if (data instanceof ClientPlaced p) {
            return Optional.of(new AnalyticsJourneyFact(pseudonyms.of(tenant, p.clientId()), JourneyStep.PLACED, p.placedOn(), null, null,
                    null, p.aged55OrOver() ? "55_PLUS" : "UNDER_55", null, null, p.contractType(), p.hoursPerWeek()));
        } else if (data instanceof PlacementEnded e) {
            return fact(tenant, e.clientId(), JourneyStep.PLACEMENT_ENDED, e.endedOn(), null, null, null);
        } else if (data instanceof BenefitResumed b) {
            return fact(tenant, b.clientId(), JourneyStep.BENEFIT_RESUMED, b.resumedOn(), null, b.municipalityCode(), null);
        }
        return Optional.empty();
    }

    /** A step that carries no more than where and when (and which programme). */
    private Optional<AnalyticsJourneyFact> fact(String tenant, UUID clientId, JourneyStep step, LocalDate on, UUID programmeId,
            String municipalityCode, String postcodeArea) {
        return Optional.of(new AnalyticsJourneyFact(pseudonyms.of(tenant, clientId), step, on, programmeId, municipalityCode, postcodeArea,
                null, null, null, null, null));
    }
}
