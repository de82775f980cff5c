package nl.opstap.trajectory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.opstap.trajectory.domain.GoalCategory;
import nl.opstap.trajectory.domain.GoalDraft;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

record GoalRequest(
        @NotNull GoalCategory category,
        @Schema(example = "Zelfstandig een werkdag van 6 uur volhouden") @NotBlank @Size(max = 1000) String description,
        @Schema(example = "4 weken achtereen 3 dagen per week 6 uur aanwezig") @NotBlank @Size(max = 1000) String measurableTarget,
        @NotNull LocalDate dueOn) {

    GoalDraft toDraft() {
        return new GoalDraft(category, description.strip(), measurableTarget.strip(), dueOn);
    }
}
