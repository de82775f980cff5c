package nl.opstap.support.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One processing of a client's personal data: who, what, when and why. Never the data itself.")
public record AuditEntryView(
        @Schema(description = "Position in the organisation's chain") long id,
        @Schema(description = "When it happened") Instant occurredAt,
        @Schema(description = "User or system that processed the data", example = "uw-consultant") String actor,
        @Schema(description = "The actor's roles at the time", example = "consultant") String actorRoles,
        @Schema(description = "Pseudonymous id of the client whose data it was") UUID clientId,
        @Schema(description = "Kind of data", example = "identity") String category,
        @Schema(description = "read, change or erase") String operation,
        @Schema(description = "Endpoint used", example = "GET /clients/{clientId}") String endpoint,
        @Schema(description = "Why the data was processed") String purpose,
        @Schema(description = "Legal basis of the processing") String legalBasis,
        @Schema(description = "SHA-256 over the previous entry's hash and this entry's fields (hex)") String hash) {
}
