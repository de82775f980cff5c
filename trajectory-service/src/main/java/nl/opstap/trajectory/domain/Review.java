package nl.opstap.trajectory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A progress review, often three-way: client, coach and employer or work supervisor. */
@Entity
@Table(name = "review")
public class Review {

    @Id
    public UUID id;

    @Column(name = "trajectory_id", nullable = false)
    public UUID trajectoryId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    /** JSON list of {role, name}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String participants;

    /** JSON list of {goalId, status, note}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "goal_progress", nullable = false, columnDefinition = "jsonb")
    public String goalProgress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewDecision decision;

    @Column(name = "next_review_on")
    public LocalDate nextReviewOn;

    public String notes;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
