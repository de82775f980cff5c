package nl.opstap.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.PlacementEnded;
import nl.opstap.events.TrajectoryEnded;
import nl.opstap.events.TrajectoryStarted;
import nl.opstap.matching.domain.CandidatePlacement;
import nl.opstap.matching.domain.CandidateProfile;
import nl.opstap.matching.domain.CandidateTrajectory;
import nl.opstap.matching.repository.CandidatePlacementRepository;
import nl.opstap.matching.repository.CandidateProfileRepository;
import nl.opstap.matching.repository.CandidateTrajectoryRepository;

/**
 * Keeps the candidate pool in step with admissions, trajectories and placements. Each fact is stored on its own
 * (so one arriving before the admission it belongs to is kept), then the pool status is derived from all of them.
 */
@ApplicationScoped
public class CandidateProfileService {

    private final CandidateProfileRepository profiles;
    private final CandidateTrajectoryRepository trajectories;
    private final CandidatePlacementRepository placements;
    private final MatchIndexService index;
    private final Clock clock;

    CandidateProfileService(CandidateProfileRepository profiles, CandidateTrajectoryRepository trajectories,
            CandidatePlacementRepository placements, MatchIndexService index, Clock clock) {
        this.profiles = profiles;
        this.trajectories = trajectories;
        this.placements = placements;
        this.index = index;
        this.clock = clock;
    }

    /** A (re-)admission replaces the profile: the newest assessment is the one to match on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void admitted(String tenant, ClientAdmitted admitted) {
        profiles.lockClient(admitted.clientId());
        CandidateProfile profile = profiles.findByIdOptional(admitted.clientId()).orElseGet(CandidateProfile::new);
        profile.admit(tenant, admitted, clock.instant());
        profiles.persist(profile);
        refreshPoolStatus(tenant, admitted.clientId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void trajectoryStarted(String tenant, TrajectoryStarted started) {
        trajectory(tenant, started.trajectoryId(), started.clientId()).startedOn = started.startedOn();
        refreshPoolStatus(tenant, started.clientId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void trajectoryEnded(String tenant, TrajectoryEnded ended) {
        CandidateTrajectory t = trajectory(tenant, ended.trajectoryId(), ended.clientId());
        t.startedOn = ended.startedOn();
        t.endedOn = ended.endedOn();
        refreshPoolStatus(tenant, ended.clientId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void placed(String tenant, ClientPlaced placed) {
        placement(tenant, placed.placementId(), placed.clientId()).placedOn = placed.placedOn();
        refreshPoolStatus(tenant, placed.clientId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void placementEnded(String tenant, PlacementEnded ended) {
        placement(tenant, ended.placementId(), ended.clientId()).endedOn = ended.endedOn();
        refreshPoolStatus(tenant, ended.clientId());
    }

    /**
     * Erasure: the profile goes (competences, interests, wishes, physical limits), and with it the candidate's place in
     * the index; the trajectory and placement dates stay, pseudonymous, as proposals and pipeline counts refer to them.
     *
     * @return 1 if there was a profile, else 0
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(String tenant, UUID clientId) {
        profiles.lockClient(clientId);
        return profiles.findInTenant(tenant, clientId).map(profile -> {
            profiles.delete(profile);
            index.removedAfterCommit(tenant, clientId);
            return 1;
        }).orElse(0);
    }

    private CandidateTrajectory trajectory(String tenant, UUID trajectoryId, UUID clientId) {
        profiles.lockClient(clientId);
        CandidateTrajectory t = trajectories.findByIdOptional(trajectoryId)
                .orElseGet(() -> CandidateTrajectory.of(trajectoryId, tenant, clientId));
        trajectories.persist(t);
        return t;
    }

    private CandidatePlacement placement(String tenant, UUID placementId, UUID clientId) {
        profiles.lockClient(clientId);
        CandidatePlacement p = placements.findByIdOptional(placementId)
                .orElseGet(() -> CandidatePlacement.of(placementId, tenant, clientId));
        placements.persist(p);
        return p;
    }

    /** Nothing to derive before the admission arrives: the stored facts count from then on. */
    private void refreshPoolStatus(String tenant, UUID clientId) {
        profiles.findInTenant(tenant, clientId).ifPresent(profile -> {
            profile.derivePoolStatus(trajectories.ofClient(tenant, clientId), placements.ofClient(tenant, clientId));
            index.afterCommit(profile);
        });
    }
}
