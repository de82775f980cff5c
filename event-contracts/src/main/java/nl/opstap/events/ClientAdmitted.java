package nl.opstap.events;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.TargetGroup;

/** The consultant admitted the client to a programme; starts a trajectory and a candidate profile. */
public record ClientAdmitted(
        UUID clientId,
        UUID referralId,
        String municipalityCode,
        UUID programmeId,
        int programmeVersion,
        LocalDate admittedOn,
        TargetGroup targetGroup,
        BenefitSituation benefitSituation,
        ClientProfile profile) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.CLIENT_ADMITTED;
    }
}
