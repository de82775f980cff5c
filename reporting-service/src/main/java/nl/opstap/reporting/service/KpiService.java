package nl.opstap.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.opstap.reporting.config.ReportingConfig;
import nl.opstap.reporting.domain.DashboardFigures;
import nl.opstap.reporting.domain.JourneyFacts;
import nl.opstap.reporting.domain.KpiCalculator;
import nl.opstap.reporting.domain.KpiFilter;
import nl.opstap.reporting.domain.KpiTable;
import nl.opstap.reporting.domain.OutflowReport;
import nl.opstap.reporting.repository.JourneyFactReader;
import nl.opstap.reporting.repository.ProjectionSchema;

/** Computes the KPI tables of one organisation from its journey facts at the moment of asking. */
@ApplicationScoped
public class KpiService {

    /** The KPI tables, by the name they have in paths and exports. */
    public enum Kpi {
        FUNNEL, OUTFLOW, SUSTAINABLE_OUTFLOW, EMPLOYMENT_AFTER_EXIT, AFTERCARE, DEVELOPMENT, MONEY, SROI
    }

    private final JourneyFactReader reader;
    private final ReportingConfig config;
    private final Clock clock;

    KpiService(JourneyFactReader reader, ReportingConfig config, Clock clock) {
        this.reader = reader;
        this.config = config;
        this.clock = clock;
    }

    /** The dashboard's tables for one period, with the outflow of each of its months, from one read of the facts. */
    @Transactional
    public DashboardFigures dashboard(String tenant, KpiFilter filter) {
        JourneyFacts facts = reader.load(ProjectionSchema.LIVE, tenant);
        LocalDate today = LocalDate.now(clock);
        int fullTimeHours = config.fullTimeHoursPerWeek(tenant);
        KpiCalculator wholePeriod = new KpiCalculator(facts, filter, today);
        List<OutflowReport> byMonth = filter.period().months().stream()
                .map(month -> new KpiCalculator(facts, filter.over(month), today).outflow(fullTimeHours))
                .toList();
        return new DashboardFigures(wholePeriod.funnel(), wholePeriod.outflow(fullTimeHours), byMonth,
                wholePeriod.sustainableOutflow(), wholePeriod.sroi(), reader.programmeNames(ProjectionSchema.LIVE, tenant));
    }

    @Transactional
    public KpiTable compute(String tenant, Kpi kpi, KpiFilter filter) {
        KpiCalculator calculator = new KpiCalculator(reader.load(ProjectionSchema.LIVE, tenant), filter, LocalDate.now(clock));
        return switch (kpi) {
            case FUNNEL -> calculator.funnel();
            case OUTFLOW -> calculator.outflow(config.fullTimeHoursPerWeek(tenant));
            case SUSTAINABLE_OUTFLOW -> calculator.sustainableOutflow();
            case EMPLOYMENT_AFTER_EXIT -> calculator.employmentAfterExit();
            case AFTERCARE -> calculator.aftercare();
            case DEVELOPMENT -> calculator.development();
            case MONEY -> calculator.money(municipality -> config.annualBenefitCents(tenant, municipality));
            case SROI -> calculator.sroi();
        };
    }
}
