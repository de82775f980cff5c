package nl.opstap.trajectory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.opstap.events.vocabulary.TrajectoryOutcome;

/** A request to extend the trajectory, and what became of it. Refusals are kept with their reason and proposed exit. */
@Entity
@Table(name = "extension")
public class Extension {

    @Id
    public UUID id;

    @Column(name = "trajectory_id", nullable = false)
    public UUID trajectoryId;

    @Column(nullable = false)
    public int months;

    @Column(name = "reason_code", nullable = false)
    public String reasonCode;

    public String motivation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExtensionStatus status;

    @Column(name = "refusal_reason")
    public String refusalReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_exit")
    public TrajectoryOutcome proposedExit;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;
}
