package nl.opstap.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import nl.opstap.events.AftercareEnded;
import nl.opstap.events.BenefitResumed;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.ClientReferredBack;
import nl.opstap.events.DataSubjectRequested;
import nl.opstap.events.DevelopmentMeasured;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventPayload;
import nl.opstap.events.PlacementEnded;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.events.ReferralReceived;
import nl.opstap.events.SroiContractSigned;
import nl.opstap.events.SroiCredited;
import nl.opstap.events.SroiManuallyCredited;
import nl.opstap.events.TrajectoryEnded;
import nl.opstap.events.TrajectoryExtended;
import nl.opstap.events.TrajectoryStarted;
import nl.opstap.events.vocabulary.DataSubjectRight;
import nl.opstap.events.vocabulary.PriceUnit;
import nl.opstap.support.transaction.PlainJdbc;

/**
 * Stores one event as a journey fact in a projection schema ({@link ProjectionSchema#LIVE} or the one a
 * replay builds). Every statement is an upsert keyed by the fact's own id, so the same event applied twice
 * changes nothing, and a fact that arrives before the one it follows (an end before its start) fills its own
 * columns of the shared row. Events that are no journey fact (vacancies, phase changes) are ignored.
 */
@ApplicationScoped
public class JourneyFactWriter {

    private final EntityManager entityManager;

    JourneyFactWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return whether the event was a journey fact */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(String schema, EventEnvelope<? extends EventPayload> event) {
        String tenant = event.tenant();
        EventPayload data = event.data();
        if (data instanceof ReferralReceived r) {
            update(schema, """
                    insert into %s.referral (tenant, referral_id, client_id, municipality_code, indicated_programme_id, received_on)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    tenant, r.referralId(), r.clientId(), r.municipalityCode(), r.indicatedProgrammeId(), r.receivedOn());
        } else if (data instanceof ClientAdmitted a) {
            String postcodeArea = a.profile() == null ? null : a.profile().postcodeArea();
            update(schema, """
                    insert into %s.admission (tenant, referral_id, client_id, municipality_code, programme_id, admitted_on,
                        target_group, postcode_area)
                    values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    tenant, a.referralId(), a.clientId(), a.municipalityCode(), a.programmeId(), a.admittedOn(),
                    a.targetGroup().name(), postcodeArea);
        } else if (data instanceof ClientReferredBack b) {
            update(schema, """
                    insert into %s.referred_back (tenant, referral_id, client_id, municipality_code, reason, referred_back_on)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    tenant, b.referralId(), b.clientId(), b.municipalityCode(), b.reason().name(), b.referredBackOn());
        } else if (data instanceof BenefitResumed b) {
            update(schema, """
                    insert into %s.benefit_resumption (tenant, event_id, client_id, municipality_code, resumed_on)
                    values (?, ?, ?, ?, ?) on conflict do nothing""",
                    tenant, event.id(), b.clientId(), b.municipalityCode(), b.resumedOn());
        } else if (data instanceof DevelopmentMeasured d) {
            update(schema, """
                    insert into %s.development_measurement (tenant, measurement_id, client_id, measured_on, ladder_step, zrm_average, wage_value)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    tenant, d.measurementId(), d.clientId(), d.measuredOn(), d.participationLadderStep(), d.zrmAverage(), d.wageValuePercent());
        } else if (data instanceof ProgrammePublished p) {
            update(schema, """
                    insert into %s.programme (tenant, programme_id, version, name, max_duration_months, price_cents, price_unit)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    tenant, p.programmeId(), p.version(), p.name(), p.maxDurationMonths(),
                    p.plannedCostEur() == null ? null : cents(p.plannedCostEur()),
                    (p.priceUnit() == null ? PriceUnit.PER_TRAJECTORY : p.priceUnit()).name());
        } else if (data instanceof TrajectoryStarted s) {
            update(schema, """
                    insert into %s.trajectory (tenant, trajectory_id, client_id, programme_id, started_on, planned_end_on)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (tenant, trajectory_id) do update set started_on = excluded.started_on,
                        planned_end_on = excluded.planned_end_on""",
                    tenant, s.trajectoryId(), s.clientId(), s.programmeId(), s.startedOn(), s.plannedEndOn());
        } else if (data instanceof TrajectoryEnded e) {
            update(schema, """
                    insert into %s.trajectory (tenant, trajectory_id, client_id, programme_id, started_on, ended_on, outcome)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (tenant, trajectory_id) do update set ended_on = excluded.ended_on, outcome = excluded.outcome""",
                    tenant, e.trajectoryId(), e.clientId(), e.programmeId(), e.startedOn(), e.endedOn(), e.outcome().name());
        } else if (data instanceof TrajectoryExtended x) {
            update(schema, """
                    insert into %s.extension (tenant, trajectory_id, extension_number, extension_months)
                    values (?, ?, ?, ?) on conflict do nothing""",
                    tenant, x.trajectoryId(), x.extensionNumber(), x.extensionMonths());
        } else if (data instanceof AftercareEnded a) {
            update(schema, """
                    insert into %s.aftercare_end (tenant, trajectory_id, client_id, ended_on, still_employed)
                    values (?, ?, ?, ?, ?) on conflict do nothing""",
                    tenant, a.trajectoryId(), a.clientId(), a.endedOn(), a.stillEmployed());
        } else if (data instanceof ClientPlaced p) {
            update(schema, """
                    insert into %s.placement (tenant, placement_id, client_id, employer_id, contract_type, hours_per_week,
                        aged_55_or_over, placed_on)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (tenant, placement_id) do update set contract_type = excluded.contract_type,
                        hours_per_week = excluded.hours_per_week, aged_55_or_over = excluded.aged_55_or_over,
                        placed_on = excluded.placed_on""",
                    tenant, p.placementId(), p.clientId(), p.employerId(), p.contractType().name(), p.hoursPerWeek(),
                    p.aged55OrOver(), p.placedOn());
        } else if (data instanceof PlacementEnded e) {
            update(schema, """
                    insert into %s.placement (tenant, placement_id, client_id, employer_id, ended_on, end_reason)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (tenant, placement_id) do update set ended_on = excluded.ended_on, end_reason = excluded.end_reason""",
                    tenant, e.placementId(), e.clientId(), e.employerId(), e.endedOn(), e.reason());
        } else if (data instanceof SroiCredited c) {
            update(schema, """
                    insert into %s.sroi_credit (tenant, credit_id, employer_id, contract_id, placement_id, client_id, period, amount_cents)
                    values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    tenant, c.creditId(), c.employerId(), c.contractId(), c.placementId(), c.clientId(), c.period(),
                    c.amountCents() != null ? c.amountCents() : cents(c.amountEur()));
        } else if (data instanceof SroiContractSigned c) {
            update(schema, """
                    insert into %s.sroi_contract (tenant, contract_id, employer_id, contracting_authority, tender_reference,
                        obligation_cents, starts_on, ends_on)
                    values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    tenant, c.contractId(), c.employerId(), c.contractingAuthority(), c.tenderReference(), c.obligationCents(),
                    c.startsOn(), c.endsOn());
        } else if (data instanceof SroiManuallyCredited c) {
            update(schema, """
                    insert into %s.sroi_credit (tenant, credit_id, employer_id, contract_id, manual_kind, period, amount_cents)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    tenant, c.creditId(), c.employerId(), c.contractId(), c.kind().name(), c.period(), c.amountCents());
        } else if (data instanceof DataSubjectRequested r && r.right() == DataSubjectRight.ERASURE) {
            eraseClient(schema, tenant, r.clientId());
        } else {
            return false;
        }
        return true;
    }

    /**
     * What erasure changes in the facts: the postcode area, the one detail that narrows a pseudonymous person down to a
     * neighbourhood; no figure uses it. The rest (dates, outcomes, amounts under the pseudonymous id, which nobody can
     * link to a person once intake-service erased them) stays, so every figure stays the same.
     *
     * @return how many facts changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseClient(String schema, String tenant, UUID clientId) {
        return update(schema, "update %s.admission set postcode_area = null where tenant = ? and client_id = ? and postcode_area is not null",
                tenant, clientId);
    }

    /** Euros as whole cents, for credits published before they carried amountCents: money is never a floating-point number here. */
    static long cents(BigDecimal euros) {
        return euros.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Journey facts are no entities: plain JDBC, a sixth of the consumer's CPU less than Hibernate's native queries. */
    private int update(String schema, String sql, Object... parameters) {
        return PlainJdbc.update(entityManager, sql.formatted(ProjectionSchema.checked(schema)), parameters);
    }
}
