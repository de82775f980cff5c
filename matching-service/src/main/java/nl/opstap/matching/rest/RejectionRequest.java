package nl.opstap.matching.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.opstap.matching.domain.placement.RejectionReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RejectionRequest(
        @Schema(description = "Why the candidate does not fit") @NotNull RejectionReason reason,
        @Schema(example = "Zoeken iemand met rijbewijs B") @Size(max = 2000) String note) {
}
