package nl.opstap.support.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One processing of clients' personal data: who, what, when and why. Never the data itself.")
public record AuditEntryView(
        @Schema(description = "Position in the organisation's chain") long id,
        @Schema(description = "When it happened") Instant occurredAt,
        @Schema(description = "User or system that processed the data", example = "uw-consultant") String actor,
        @Schema(description = "The actor's roles at the time", example = "consultant") String actorRoles,
        @Schema(description = "Pseudonymous ids of the clients whose data it was: one for a client's file, each client shown "
                + "for a list such as a caseload page") List<UUID> clientIds,
        @Schema(description = "Kind of data", example = "identity") String category,
        @Schema(description = "read, change or erase") String operation,
        @Schema(description = "Endpoint used", example = "GET /clients/{clientId}") String endpoint,
        @Schema(description = "Why the data was processed") String purpose,
        @Schema(description = "Legal basis of the processing") String legalBasis,
        @Schema(description = "SHA-256 over the previous entry's hash and this entry's fields (hex)") String hash) {
}
