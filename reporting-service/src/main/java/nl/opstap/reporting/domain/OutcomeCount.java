package nl.opstap.reporting.domain;

import nl.opstap.events.vocabulary.TrajectoryOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Trajectories that ended with one outcome")
public record OutcomeCount(TrajectoryOutcome outcome, long count) {
}
