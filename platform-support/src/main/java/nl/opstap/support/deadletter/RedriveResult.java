package nl.opstap.support.deadletter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Outcome of a re-drive: how many dead letters went back to their source topic.")
public record RedriveResult(
        @Schema(description = "Dead letters sent back to their source topic") int redriven,
        @Schema(description = "Dead letters of the organisation still waiting (arrived during the re-drive)") long pending) {
}
