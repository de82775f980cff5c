package nl.opstap.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One measurement of a client's development; exactly one of the three values is set. */
public record DevelopmentFact(UUID measurementId, UUID clientId, LocalDate measuredOn, Integer ladderStep, BigDecimal zrmAverage,
                              Integer wageValuePercent) {

    /** The value of one measure, or null when this measurement is of another. */
    public BigDecimal value(DevelopmentMeasure measure) {
        return switch (measure) {
            case PARTICIPATION_LADDER -> ladderStep == null ? null : BigDecimal.valueOf(ladderStep);
            case ZRM_AVERAGE -> zrmAverage;
            case WAGE_VALUE -> wageValuePercent == null ? null : BigDecimal.valueOf(wageValuePercent);
        };
    }
}
