package nl.opstap.reporting.domain;

import java.util.UUID;

/** What a KPI is computed over: a period, and optionally one programme and one municipality (CBS code, e.g. GM0344). */
public record KpiFilter(ReportingPeriod period, UUID programmeId, String municipalityCode) {

    /** The same filter over another period. */
    public KpiFilter over(ReportingPeriod other) {
        return new KpiFilter(other, programmeId, municipalityCode);
    }
}
