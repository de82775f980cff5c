package nl.opstap.trajectory.rest;

import nl.opstap.trajectory.domain.Signal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Signal", description = "OVERDUE_REVIEW, APPROACHING_MAXIMUM_END, MAXIMUM_END_PASSED, NO_RECENT_ACTIVITY or EXPIRED_GOAL, with the reason")
record SignalView(Signal.Kind kind, String reason) {
    static SignalView of(Signal s) {
        return new SignalView(s.kind(), s.reason());
    }
}
