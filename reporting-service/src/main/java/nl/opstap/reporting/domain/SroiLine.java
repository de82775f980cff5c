package nl.opstap.reporting.domain;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "SROI realised for one employer under one contract")
public record SroiLine(
        UUID employerId,
        UUID contractId,
        @Schema(description = "Months credited (SroiCredited events)") long credits,
        @Schema(description = "Sum of the credited amounts, in euro cents") long realisedCents) {
}
