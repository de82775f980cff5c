package nl.opstap.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A consultant measured a client's development with one of the three instruments whose change over the trajectory
 * shows progress: participation ladder, self-sufficiency matrix (ZRM) or wage value. Exactly one of the three values is
 * set. The ZRM goes out as the average over its domains only: the score per life domain (health, addiction, ...) is
 * health-related detail that stays in intake-service. Reporting uses it for the development KPI and keeps it out of the
 * BI stream.
 *
 * @param measurementId    the assessment's id, so a redelivery is recognised
 * @param zrmAverage       average of the ZRM domain scores (1 to 5), one decimal
 * @param wageValuePercent wage value (loonwaarde), % of normal productivity
 */
public record DevelopmentMeasured(
        UUID measurementId,
        UUID clientId,
        LocalDate measuredOn,
        Integer participationLadderStep,
        BigDecimal zrmAverage,
        Integer wageValuePercent) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.DEVELOPMENT_MEASURED;
    }
}
