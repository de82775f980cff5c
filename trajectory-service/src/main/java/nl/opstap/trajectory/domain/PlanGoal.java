package nl.opstap.trajectory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A goal in a development plan: what, how it is measured, by when. */
@Entity
@Table(name = "plan_goal")
public class PlanGoal {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoalCategory category;

    @Column(nullable = false)
    public String description;

    @Column(name = "measurable_target", nullable = false)
    public String measurableTarget;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoalStatus status;

    static PlanGoal open(int position, GoalDraft draft) {
        PlanGoal goal = new PlanGoal();
        goal.id = UUID.randomUUID();
        goal.position = position;
        goal.category = draft.category();
        goal.description = draft.description();
        goal.measurableTarget = draft.measurableTarget();
        goal.dueOn = draft.dueOn();
        goal.status = GoalStatus.OPEN;
        return goal;
    }

    /** Progress on a goal; not a change of what was agreed. */
    public void progressTo(GoalStatus status) {
        this.status = status;
    }

    /** Same content in the sense that matters for signing: what was agreed, not how far it got. */
    public boolean sameAgreementAs(PlanGoal other) {
        return category == other.category && description.equals(other.description)
                && measurableTarget.equals(other.measurableTarget) && dueOn.equals(other.dueOn);
    }
}
