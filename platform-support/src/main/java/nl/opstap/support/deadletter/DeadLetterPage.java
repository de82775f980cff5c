package nl.opstap.support.deadletter;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The caller's organisation's dead letters that have not been re-driven yet, oldest first.")
public record DeadLetterPage(
        @Schema(description = "At most 'limit' dead letters") List<DeadLetterView> items,
        @Schema(description = "How many dead letters of the organisation (of the event asked for, if any) wait for a re-drive in total") long pending) {
}
