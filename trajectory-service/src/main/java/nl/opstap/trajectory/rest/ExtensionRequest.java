package nl.opstap.trajectory.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

record ExtensionRequest(
        @Min(1) @Max(24) int months,
        @Schema(example = "PLACEMENT_IN_SIGHT") @NotNull @Size(max = 60) @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}") String reasonCode,
        @Size(max = 2000) String motivation,
        @Schema(description = "The exit proposed should the extension be refused; default REFERRED_BACK") TrajectoryOutcome proposedExit) {
}
