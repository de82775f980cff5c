package nl.opstap.reporting.domain;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "SROI realised for one employer under one contract")
public record SroiLine(
        UUID employerId,
        UUID contractId,
        @Schema(description = "Placement months credited (SroiCredited events)") long credits,
        @Schema(description = "Approved manual entries credited (SroiManuallyCredited events)") long manualCredits,
        @Schema(description = "Sum of all credited amounts, placements and manual entries, in euro cents") long realisedCents) {
}
