package nl.opstap.events;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.TargetGroup;

/** A municipality referred a client (aanmelding). Carries no identity: the BSN and name stay in intake-service. */
public record ReferralReceived(
        UUID referralId,
        UUID clientId,
        String municipalityCode,
        TargetGroup targetGroup,
        BenefitSituation benefitSituation,
        UUID indicatedProgrammeId,
        LocalDate receivedOn) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.REFERRAL_RECEIVED;
    }
}
