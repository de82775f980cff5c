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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.support.domain.InvalidTransitionException;
import nl.opstap.support.domain.NotFoundException;
import nl.opstap.support.domain.RuleViolationException;
import nl.opstap.support.time.Netherlands;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "client_signature_method")
    public SignatureMethod clientSignatureMethod;

    @Column(name = "client_signed_on")
    public LocalDate clientSignedOn;

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

    /**
     * The plan as written now: a new version after {@code current}, or none at all when nothing material changed
     * (priority, or any goal's agreement), so that signatures on the same content stay. Only an active trajectory's
     * plan changes.
     */
    public static Optional<DevelopmentPlan> write(Trajectory trajectory, Optional<DevelopmentPlan> current, GoalCategory priority,
            List<GoalDraft> goals, String actor, Instant now) {
        trajectory.requireStatus("change the plan", TrajectoryStatus.ACTIVE);
        DevelopmentPlan next = new DevelopmentPlan();
        next.id = UUID.randomUUID();
        next.trajectoryId = trajectory.id;
        next.planVersion = current.map(p -> p.planVersion + 1).orElse(1);
        next.priority = priority;
        next.createdAt = now;
        next.createdBy = actor;
        for (int i = 0; i < goals.size(); i++) {
            next.goals.add(PlanGoal.open(i, goals.get(i)));
        }
        if (current.isPresent() && !next.isMaterialChangeFrom(current.get())) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    public boolean isMaterialChangeFrom(DevelopmentPlan earlier) {
        if (earlier.priority != priority || earlier.goals.size() != goals.size()) {
            return true;
        }
        for (int i = 0; i < goals.size(); i++) {
            if (!earlier.goals.get(i).sameAgreementAs(goals.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client's agreement to this version, as recorded by a professional: how the client signed and on
     * which day (not before the version existed, not after today in Amsterdam). Each side signs a version once.
     */
    public void signForClient(SignatureMethod method, LocalDate signedOn, String recordedBy, Instant now, LocalDate today) {
        if (clientSignedAt != null) {
            throw new InvalidTransitionException("The client already signed plan v" + planVersion);
        }
        LocalDate created = Netherlands.dateOf(createdAt);
        if (signedOn.isAfter(today) || signedOn.isBefore(created)) {
            throw new RuleViolationException("The client can have signed plan v" + planVersion + " only between its creation ("
                    + created + ") and today (" + today + ")");
        }
        clientSignatureMethod = method;
        clientSignedOn = signedOn;
        clientSignedAt = now;
        clientSignedBy = recordedBy;
    }

    /** The coach's own signature on this version. */
    public void signForCoach(String coach, Instant now) {
        if (coachSignedAt != null) {
            throw new InvalidTransitionException("The coach already signed plan v" + planVersion);
        }
        coachSignedAt = now;
        coachSignedBy = coach;
    }

    /** The goals still open, in plan order: what the expired-goal signal looks at. */
    public List<Signal.OpenGoal> openGoals() {
        return goals.stream().filter(g -> g.status == GoalStatus.OPEN).map(g -> new Signal.OpenGoal(g.description, g.dueOn)).toList();
    }

    public Optional<PlanGoal> goal(UUID goalId) {
        return goals.stream().filter(g -> g.id.equals(goalId)).findFirst();
    }

    /** Progress on a goal is not a material change: same version, signatures stay. */
    public PlanGoal setGoalStatus(UUID goalId, GoalStatus status) {
        PlanGoal goal = goal(goalId).orElseThrow(() -> new NotFoundException("Goal", goalId));
        goal.progressTo(status);
        return goal;
    }

    public boolean isSigned() {
        return clientSignedAt != null && coachSignedAt != null;
    }
}
