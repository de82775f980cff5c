package nl.opstap.trajectory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import nl.opstap.support.privacy.ClientDataHolder;
import nl.opstap.support.privacy.ClientRecords;

/**
 * What trajectory-service holds about a client: trajectories, development plans and goals, reviews, extensions,
 * aftercare contacts and the timeline. Erasure empties everything written about the person in words (notes, goals,
 * motivations, summaries, review participants); dates, statuses, phases and outcomes stay for the figures.
 */
@ApplicationScoped
public class TrajectoryClientData implements ClientDataHolder {

    private static final String OF_CLIENT = "trajectory_id in (select id from trajectory where tenant = ? and client_id = ?)";

    private final EntityManager entityManager;

    TrajectoryClientData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public ClientRecords export(String tenant, UUID clientId) {
        return new ClientRecords()
                .add(entityManager, "trajectories", "select id, programme_id, programme_version, coach, status, phase, started_on, "
                        + "planned_end_on, ended_on, outcome, outcome_note, placement_id, placed_on, aftercare_ends_on, placement_ended_on, "
                        + "next_review_on from trajectory where tenant = ? and client_id = ? order by started_on", tenant, clientId)
                .add(entityManager, "development-plans", "select id, trajectory_id, plan_version, priority, created_at, created_by, "
                        + "client_signed_at, client_signed_on, client_signature_method, client_signed_by, coach_signed_at, coach_signed_by "
                        + "from development_plan where " + OF_CLIENT + " order by created_at", tenant, clientId)
                .add(entityManager, "plan-goals", "select g.id, g.plan_id, g.position, g.category, g.description, g.measurable_target, "
                        + "g.due_on, g.status from plan_goal g join development_plan p on p.id = g.plan_id where p." + OF_CLIENT
                        + " order by p.created_at, g.position", tenant, clientId)
                .add(entityManager, "reviews", "select id, trajectory_id, held_on, participants, goal_progress, decision, next_review_on, "
                        + "notes, recorded_at, recorded_by from review where " + OF_CLIENT + " order by held_on", tenant, clientId)
                .add(entityManager, "extensions", "select id, trajectory_id, months, reason_code, motivation, status, refusal_reason, "
                        + "proposed_exit, requested_at, requested_by, decided_at, decided_by from extension where " + OF_CLIENT
                        + " order by requested_at", tenant, clientId)
                .add(entityManager, "aftercare-contacts", "select id, trajectory_id, contact_on, kind, notes, recorded_at, recorded_by "
                        + "from aftercare_contact where " + OF_CLIENT + " order by contact_on", tenant, clientId)
                .add(entityManager, "timeline", "select trajectory_id, occurred_at, actor, kind, summary from timeline_entry where "
                        + OF_CLIENT + " order by id", tenant, clientId);
    }

    @Override
    public int erase(String tenant, UUID clientId) {
        // Each statement touches only rows that still hold something, so the count says what was erased and a repeat is 0.
        return update("update trajectory set outcome_note = null where tenant = ? and client_id = ? and outcome_note is not null",
                tenant, clientId)
                + update("update plan_goal set description = 'erased', measurable_target = 'erased' where description <> 'erased' "
                        + "and plan_id in (select id from development_plan where " + OF_CLIENT + ")", tenant, clientId)
                + update("update review set notes = null, participants = '[]'::jsonb, goal_progress = '[]'::jsonb where (notes is not null "
                        + "or participants <> '[]'::jsonb or goal_progress <> '[]'::jsonb) and " + OF_CLIENT, tenant, clientId)
                + update("update extension set motivation = null, refusal_reason = null "
                        + "where (motivation is not null or refusal_reason is not null) and " + OF_CLIENT, tenant, clientId)
                + update("update aftercare_contact set notes = null where notes is not null and " + OF_CLIENT, tenant, clientId)
                + update("update timeline_entry set summary = 'erased' where summary <> 'erased' and " + OF_CLIENT, tenant, clientId);
    }

    private int update(String sql, String tenant, UUID clientId) {
        return ClientDataHolder.eraseRows(entityManager, sql, tenant, clientId);
    }
}
