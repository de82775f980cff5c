package nl.opstap.trajectory.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One version of the individual development plan (ontwikkelplan), signed by client and coach. */
@Entity
@Table(name = "development_plan")
public class DevelopmentPlan {

    @Id
    public UUID id;

    @Column(name = "trajectory_id", nullable = false)
    public UUID trajectoryId;

    @Column(name = "plan_version", nullable = false)
    public int planVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoalCategory priority;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "client_signed_at")
    public Instant clientSignedAt;

    @Column(name = "client_signed_by")
    public String clientSignedBy;

    @Column(name = "coach_signed_at")
    public Instant coachSignedAt;

    @Column(name = "coach_signed_by")
    public String coachSignedBy;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER, orphanRemoval = true)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("position")
    public List<PlanGoal> goals = new ArrayList<>();

    public boolean isSigned() {
        return clientSignedAt != null && coachSignedAt != null;
    }
}
