package nl.opstap.events;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.JourneyStep;
import nl.opstap.events.vocabulary.ReferBackReason;
import nl.opstap.events.vocabulary.TrajectoryOutcome;

/**
 * One step of a client's journey for BI tools, pseudonymised by reporting-service: no platform id of the
 * client, no exact birth date, no full postcode. Fields a step does not have are absent.
 *
 * @param personPseudonym keyed HMAC-SHA256 of organisation and client id, shaped as a UUID; the key stays with reporting-service
 * @param postcodeArea    the first two digits of the postcode
 * @param ageBand         UNDER_55 or 55_PLUS, where known
 */
public record AnalyticsJourneyFact(
        UUID personPseudonym,
        JourneyStep step,
        LocalDate occurredOn,
        UUID programmeId,
        String municipalityCode,
        String postcodeArea,
        String ageBand,
        TrajectoryOutcome outcome,
        ReferBackReason referBackReason,
        ContractType contractType,
        Integer hoursPerWeek) implements EventPayload {
    @Override
    public EventType eventType() {
        return EventType.ANALYTICS_JOURNEY_FACT;
    }
}
