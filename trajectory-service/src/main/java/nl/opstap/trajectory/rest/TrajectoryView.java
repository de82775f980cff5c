package nl.opstap.trajectory.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.trajectory.domain.Signal;
import nl.opstap.trajectory.domain.Trajectory;
import nl.opstap.trajectory.domain.TrajectoryStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Trajectory", description = "A trajectory; the client appears only as a pseudonymous id")
record TrajectoryView(UUID id, UUID clientId, UUID programmeId, int programmeVersion, String coach, TrajectoryStatus status,
        String phase, LocalDate startedOn, LocalDate plannedEndOn, LocalDate nextReviewOn, LocalDate endedOn, TrajectoryOutcome outcome,
        String outcomeNote, LocalDate placedOn, LocalDate aftercareEndsOn, Instant lastActivityAt, List<SignalView> signals) {

    static TrajectoryView of(Trajectory t, List<Signal> signals) {
        return new TrajectoryView(t.id, t.clientId, t.programmeId, t.programmeVersion, t.coach, t.status, t.phase, t.startedOn,
                t.plannedEndOn, t.nextReviewOn, t.endedOn, t.outcome, t.outcomeNote, t.placedOn, t.aftercareEndsOn, t.lastActivityAt,
                signals.stream().map(SignalView::of).toList());
    }
}
