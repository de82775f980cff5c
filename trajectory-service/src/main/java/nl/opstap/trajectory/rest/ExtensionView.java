package nl.opstap.trajectory.rest;

import java.time.Instant;
import java.util.UUID;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.trajectory.domain.Extension;
import nl.opstap.trajectory.domain.ExtensionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Extension", description = "An extension request; REFUSED ones carry the reason and a proposed exit")
record ExtensionView(UUID id, int months, String reasonCode, String motivation, ExtensionStatus status, String refusalReason,
        TrajectoryOutcome proposedExit, Instant requestedAt, String requestedBy, Instant decidedAt, String decidedBy) {
    static ExtensionView of(Extension e) {
        return new ExtensionView(e.id, e.months, e.reasonCode, e.motivation, e.status, e.refusalReason, e.proposedExit, e.requestedAt,
                e.requestedBy, e.decidedAt, e.decidedBy);
    }
}
