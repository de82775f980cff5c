package nl.opstap.trajectory.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.opstap.trajectory.domain.GoalCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

record PlanRequest(
        @Schema(description = "What the plan gives priority to") @NotNull GoalCategory priority,
        @NotEmpty @Size(max = 30) @Valid List<@NotNull GoalRequest> goals) {
}
