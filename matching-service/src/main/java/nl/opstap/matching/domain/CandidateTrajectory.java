package nl.opstap.matching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A client's trajectory as far as the pool cares: started, ended. Either event may come first. */
@Entity
@Table(name = "candidate_trajectory")
public class CandidateTrajectory {

    @Id
    @Column(name = "trajectory_id")
    public UUID trajectoryId;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    public static CandidateTrajectory of(UUID trajectoryId, String tenant, UUID clientId) {
        CandidateTrajectory t = new CandidateTrajectory();
        t.trajectoryId = trajectoryId;
        t.tenant = tenant;
        t.clientId = clientId;
        return t;
    }

    public boolean running() {
        return startedOn != null && endedOn == null;
    }
}
