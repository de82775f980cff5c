package nl.opstap.matching.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProposalRequest(
        @Schema(description = "An open vacancy of your organisation") @NotNull UUID vacancyId,
        @Schema(description = "A candidate of your organisation's pool (pseudonymous client id)") @NotNull UUID clientId,
        @Schema(description = "Why this candidate, for colleagues; the employer does not see it",
                example = "Sterk in groenonderhoud, wil 24 uur") @Size(max = 2000) String note) {
}
