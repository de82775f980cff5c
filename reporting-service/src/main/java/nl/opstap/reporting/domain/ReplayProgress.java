package nl.opstap.reporting.domain;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Progress of the latest replay of the topics into a fresh projection")
public record ReplayProgress(
        @Schema(description = "IDLE (none since start), RUNNING, DONE (swapped in) or FAILED") ReplayState state,
        @Schema(description = "When the replay started") Instant startedAt,
        @Schema(description = "When it finished or failed") Instant finishedAt,
        @Schema(description = "Events read so far, of every organisation") long eventsDone,
        @Schema(description = "Events on the topics when the replay started: what it reads up to") long eventsTotal,
        @Schema(description = "Events read per second since the start") long eventsPerSecond,
        @Schema(description = "Estimated seconds left at the current rate; absent before the first events") Long secondsLeft,
        @Schema(description = "Messages skipped because they are no valid event (they are in the dead-letter topic)") long skipped) {

    public enum ReplayState {
        IDLE, RUNNING, DONE, FAILED
    }

    public static ReplayProgress idle() {
        return new ReplayProgress(ReplayState.IDLE, null, null, 0, 0, 0, null, 0);
    }
}
