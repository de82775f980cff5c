package nl.opstap.trajectory.rest;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.trajectory.domain.GoalCategory;
import nl.opstap.trajectory.domain.GoalStatus;
import nl.opstap.trajectory.domain.PlanGoal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Goal")
record GoalView(UUID id, GoalCategory category, String description, String measurableTarget, LocalDate dueOn, GoalStatus status) {
    static GoalView of(PlanGoal g) {
        return new GoalView(g.id, g.category, g.description, g.measurableTarget, g.dueOn, g.status);
    }
}
