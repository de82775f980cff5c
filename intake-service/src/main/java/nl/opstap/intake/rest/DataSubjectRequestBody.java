package nl.opstap.intake.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import nl.opstap.events.vocabulary.DataSubjectRight;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DataSubjectRequestBody", description = "A client's request to see or to erase everything the platform holds about them")
public record DataSubjectRequestBody(
        @Schema(description = "The client's pseudonymous id") @NotNull UUID clientId,
        @Schema(description = "EXPORT: one JSON document with everything every service holds (AVG art. 15 and 20). ERASURE: "
                + "personal data removed or irreversibly anonymised in every service, aggregate figures kept (AVG art. 17); "
                + "not while the client's trajectory runs")
        @NotNull DataSubjectRight right) {
}
