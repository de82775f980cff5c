package nl.opstap.employer.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record DecisionRequest(
        @Schema(description = "true approves and credits the ledger, false rejects") @NotNull Boolean approve) {
}
