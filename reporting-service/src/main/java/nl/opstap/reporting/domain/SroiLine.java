package nl.opstap.reporting.domain;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "SROI realised for one employer under one contract")
public record SroiLine(
        UUID employerId,
        UUID contractId,
        @Schema(description = "Placement months credited (SroiCredited events)") long credits,
        @Schema(description = "Approved manual entries credited (SroiManuallyCredited events)") long manualCredits,
        @Schema(description = "Sum of the amounts credited in the period, placements and manual entries, in euro cents") long realisedCents,
        @Schema(description = "The contract's tender reference; absent until its SroiContractSigned is known") String tenderReference,
        @Schema(description = "The public body that awarded the contract; absent until its SroiContractSigned is known") String contractingAuthority,
        @Schema(description = "Sum of the amounts credited from the start up to the end of the period, in euro cents") long realisedToDateCents,
        @Schema(description = "The contract's social-return obligation in euro cents; absent when unknown or under a programme or "
                + "municipality filter") Long obligationCents,
        @Schema(description = "Obligation minus realised to date, not below 0, in euro cents; absent with the obligation") Long remainingCents) {
}
