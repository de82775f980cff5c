package nl.opstap.events;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.AgeBand;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.TargetGroup;

/**
 * The consultant admitted the client to a programme; starts a trajectory and a candidate profile.
 *
 * @param ageBand the client's age band on the day of admission; absent from events before it was added
 */
public record ClientAdmitted(
        UUID clientId,
        UUID referralId,
        String municipalityCode,
        UUID programmeId,
        int programmeVersion,
        LocalDate admittedOn,
        TargetGroup targetGroup,
        BenefitSituation benefitSituation,
        ClientProfile profile,
        AgeBand ageBand) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.CLIENT_ADMITTED;
    }
}
