package nl.opstap.support.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Result of recomputing the organisation's audit hash chain from its first entry.")
public record ChainVerification(
        @Schema(description = "True when every entry's hash matches its fields and its predecessor") boolean intact,
        @Schema(description = "Entries checked") long entriesChecked,
        @Schema(description = "Id of the first entry whose hash does not match (edited, inserted or removed before it); "
                + "absent when intact") Long firstBrokenEntry) {
}
