package nl.opstap.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import nl.opstap.support.privacy.ClientDataHolder;
import nl.opstap.support.privacy.ClientRecords;

/**
 * What matching-service holds about a client: the candidate profile, the trajectory and placement dates it derives the
 * pool status from, and the proposals to employers. Erasure removes the profile (and the candidate from the index) and
 * the free text written in proposals; stages, dates and contracts stay for the pipeline counts and the employers' records.
 */
@ApplicationScoped
public class MatchingClientData implements ClientDataHolder {

    private final EntityManager entityManager;
    private final CandidateProfileService profiles;

    MatchingClientData(EntityManager entityManager, CandidateProfileService profiles) {
        this.entityManager = entityManager;
        this.profiles = profiles;
    }

    @Override
    public ClientRecords export(String tenant, UUID clientId) {
        return new ClientRecords()
                .add(entityManager, "candidate-profile", "select * from candidate_profile where tenant = ? and client_id = ?", tenant, clientId)
                .add(entityManager, "trajectories", "select trajectory_id, started_on, ended_on from candidate_trajectory "
                        + "where tenant = ? and client_id = ? order by started_on", tenant, clientId)
                .add(entityManager, "placements", "select placement_id, placed_on, ended_on from candidate_placement "
                        + "where tenant = ? and client_id = ? order by placed_on", tenant, clientId)
                .add(entityManager, "proposals", "select id, vacancy_id, employer_id, stage, note, proposed_by, proposed_at, consented_on, "
                        + "consent_recorded_by, consent_recorded_at, employer_responded_at, rejection_reason, rejection_note, "
                        + "trial_placement_id, trial_starts_on, trial_planned_end_on, trial_outcome, trial_evaluated_on, trial_evaluation, "
                        + "placement_id, contract_type, hours_per_week, placed_on, contract_ends_on, placement_ended_on, "
                        + "placement_end_reason from proposal where tenant = ? and client_id = ? order by proposed_at", tenant, clientId);
    }

    @Override
    public int erase(String tenant, UUID clientId) {
        int proposals = ClientDataHolder.eraseRows(entityManager, "update proposal set note = null, rejection_note = null, "
                + "trial_evaluation = null where tenant = ? and client_id = ? "
                + "and (note is not null or rejection_note is not null or trial_evaluation is not null)", tenant, clientId);
        return profiles.erase(tenant, clientId) + proposals;
    }
}
