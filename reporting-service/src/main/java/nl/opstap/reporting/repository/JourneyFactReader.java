package nl.opstap.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.PriceUnit;
import nl.opstap.events.vocabulary.ReferBackReason;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.reporting.domain.AdmissionFact;
import nl.opstap.reporting.domain.AftercareFact;
import nl.opstap.reporting.domain.BenefitResumptionFact;
import nl.opstap.reporting.domain.DevelopmentFact;
import nl.opstap.reporting.domain.JourneyFacts;
import nl.opstap.reporting.domain.PlacementFact;
import nl.opstap.reporting.domain.ProgrammeFact;
import nl.opstap.reporting.domain.ReferralFact;
import nl.opstap.reporting.domain.ReferredBackFact;
import nl.opstap.reporting.domain.SroiContractFact;
import nl.opstap.reporting.domain.SroiCreditFact;
import nl.opstap.reporting.domain.TrajectoryFact;

/** Reads one tenant's journey facts from a projection schema; every query is filtered by tenant. */
@ApplicationScoped
public class JourneyFactReader {

    private final EntityManager entityManager;

    JourneyFactReader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public JourneyFacts load(String schema, String tenant) {
        Map<UUID, ProgrammeFact> programmes = new HashMap<>();
        // Ordered by version, so the latest published version wins.
        rows(schema, tenant, "select programme_id, max_duration_months, price_cents, price_unit from %s.programme where tenant = ?1 order by version",
                r -> r)
                .forEach(r -> programmes.put((UUID) r[0], new ProgrammeFact(((Number) r[1]).intValue(),
                        r[2] == null ? null : ((Number) r[2]).longValue(), r[3] == null ? PriceUnit.PER_TRAJECTORY : PriceUnit.valueOf((String) r[3]))));
        return new JourneyFacts(
                rows(schema, tenant, """
                        select referral_id, client_id, municipality_code, indicated_programme_id, received_on
                        from %s.referral where tenant = ?1""",
                        r -> new ReferralFact((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3], date(r[4]))),
                rows(schema, tenant, """
                        select referral_id, client_id, municipality_code, programme_id, admitted_on, postcode_area
                        from %s.admission where tenant = ?1""",
                        r -> new AdmissionFact((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3], date(r[4]), (String) r[5])),
                rows(schema, tenant, """
                        select referral_id, client_id, municipality_code, reason, referred_back_on
                        from %s.referred_back where tenant = ?1""",
                        r -> new ReferredBackFact((UUID) r[0], (UUID) r[1], (String) r[2], ReferBackReason.valueOf((String) r[3]), date(r[4]))),
                rows(schema, tenant, """
                        select t.trajectory_id, t.client_id, t.programme_id, t.started_on, t.ended_on, t.outcome,
                            (select count(*) from %1$s.extension x where x.tenant = t.tenant and x.trajectory_id = t.trajectory_id)
                        from %1$s.trajectory t where t.tenant = ?1""",
                        r -> new TrajectoryFact((UUID) r[0], (UUID) r[1], (UUID) r[2], date(r[3]), date(r[4]),
                                r[5] == null ? null : TrajectoryOutcome.valueOf((String) r[5]), ((Number) r[6]).intValue())),
                rows(schema, tenant, """
                        select placement_id, client_id, employer_id, contract_type, hours_per_week, placed_on, ended_on
                        from %s.placement where tenant = ?1""",
                        r -> new PlacementFact((UUID) r[0], (UUID) r[1], (UUID) r[2], r[3] == null ? null : ContractType.valueOf((String) r[3]),
                                r[4] == null ? null : ((Number) r[4]).intValue(), date(r[5]), date(r[6]))),
                rows(schema, tenant, "select trajectory_id, client_id, ended_on, still_employed from %s.aftercare_end where tenant = ?1",
                        r -> new AftercareFact((UUID) r[0], (UUID) r[1], date(r[2]), (Boolean) r[3])),
                rows(schema, tenant, "select client_id, resumed_on from %s.benefit_resumption where tenant = ?1",
                        r -> new BenefitResumptionFact((UUID) r[0], date(r[1]))),
                rows(schema, tenant, """
                        select measurement_id, client_id, measured_on, ladder_step, zrm_average, wage_value
                        from %s.development_measurement where tenant = ?1""",
                        r -> new DevelopmentFact((UUID) r[0], (UUID) r[1], date(r[2]), r[3] == null ? null : ((Number) r[3]).intValue(),
                                (BigDecimal) r[4], r[5] == null ? null : ((Number) r[5]).intValue())),
                rows(schema, tenant,
                        "select employer_id, contract_id, client_id, period, amount_cents, manual_kind from %s.sroi_credit where tenant = ?1",
                        r -> new SroiCreditFact((UUID) r[0], (UUID) r[1], (UUID) r[2], ((String) r[3]).trim(), ((Number) r[4]).longValue(),
                                r[5] != null)),
                rows(schema, tenant, """
                        select contract_id, employer_id, contracting_authority, tender_reference, obligation_cents, starts_on, ends_on
                        from %s.sroi_contract where tenant = ?1""",
                        r -> new SroiContractFact((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], ((Number) r[4]).longValue(),
                                date(r[5]), date(r[6]))),
                programmes);
    }

    /** The name of each programme of the tenant, as its latest version calls it. */
    public Map<UUID, String> programmeNames(String schema, String tenant) {
        Map<UUID, String> names = new HashMap<>();
        rows(schema, tenant, "select programme_id, name from %s.programme where tenant = ?1 order by version", r -> r)
                .forEach(r -> names.put((UUID) r[0], (String) r[1]));
        return names;
    }

    private <T> List<T> rows(String schema, String tenant, String sql, Function<Object[], T> mapper) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql.formatted(ProjectionSchema.checked(schema)))
                .setParameter(1, tenant)
                .getResultList();
        return rows.stream().map(mapper).toList();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
    }
}
