package nl.opstap.trajectory.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.opstap.trajectory.domain.GoalStatus;
import nl.opstap.trajectory.domain.Review;

record GoalProgressRequest(@NotNull UUID goalId, GoalStatus status, @Size(max = 2000) String note) {

    Review.GoalProgress toGoalProgress() {
        return new Review.GoalProgress(goalId, status, note);
    }
}
