package nl.opstap.support.deadletter;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One event this service failed to process, as kept on its dead-letter topic. The payload is not shown: "
        + "it is the original event, found on the source topic at the given position.")
public record DeadLetterView(
        @Schema(description = "Topic the event was read from and is re-driven to", example = "opstap.intake.client.v1")
        String sourceTopic,
        @Schema(description = "Partition of the event on the source topic") Integer sourcePartition,
        @Schema(description = "Offset of the event on the source topic") Long sourceOffset,
        @Schema(description = "Partition on the dead-letter topic") int partition,
        @Schema(description = "Offset on the dead-letter topic") long offset,
        @Schema(description = "When the event was dead-lettered") Instant deadLetteredAt,
        @Schema(description = "Envelope id of the event (header ce_id); consumers deduplicate on it") String eventId,
        @Schema(description = "Envelope type of the event (header ce_type)", example = "nl.opstap.client.admitted.v1")
        String eventType,
        @Schema(description = "Why processing failed, as recorded by the consumer (at most 300 characters)")
        String reason) {
}
