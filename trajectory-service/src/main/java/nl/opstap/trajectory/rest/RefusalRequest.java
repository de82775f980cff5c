package nl.opstap.trajectory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.opstap.events.vocabulary.TrajectoryOutcome;

record RefusalRequest(@NotBlank @Size(max = 500) String reason, TrajectoryOutcome proposedExit) {
}
