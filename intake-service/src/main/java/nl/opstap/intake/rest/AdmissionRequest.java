package nl.opstap.intake.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AdmissionRequest(
        @NotNull UUID programmeId,
        @Schema(description = "Needed to admit to a programme the client does not fit; recorded with the decision")
        @Size(max = 2000) String overrideReason,
        @Size(max = 2000) String note) {
}
