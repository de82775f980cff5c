package nl.opstap.trajectory.rest;

import jakarta.validation.constraints.NotNull;
import nl.opstap.trajectory.domain.GoalStatus;

record GoalStatusRequest(@NotNull GoalStatus status) {
}
