package nl.opstap.trajectory.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.opstap.events.vocabulary.TrajectoryOutcome;

record EndRequest(@NotNull TrajectoryOutcome outcome, @NotNull LocalDate endedOn, @Size(max = 2000) String note) {
}
