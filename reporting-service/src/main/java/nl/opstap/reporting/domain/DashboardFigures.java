package nl.opstap.reporting.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the dashboard shows for one period and filter, computed from one read of the journey facts.
 *
 * @param outflowByMonth the outflow table of each calendar month of the period, for the trend chart
 * @param programmeNames the organisation's programmes, for the filter
 */
public record DashboardFigures(
        FunnelReport funnel,
        OutflowReport outflow,
        List<OutflowReport> outflowByMonth,
        SustainableOutflowReport sustainableOutflow,
        SroiReport sroi,
        Map<UUID, String> programmeNames) {
}
