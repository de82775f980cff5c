package nl.opstap.employer.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.opstap.events.vocabulary.ManualCreditKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Credit claimed by hand with evidence; it counts once a second person approves it")
public record ManualEntryRequest(
        @NotNull ManualCreditKind kind,
        @Schema(description = "The month the credit belongs to, yyyy-MM", example = "2026-09")
        @NotNull @Pattern(regexp = "[0-9]{4}-(0[1-9]|1[0-2])", message = "must be a month as yyyy-MM") String period,
        @Schema(description = "Purchase amount in euro cents, months of a work-experience place, or courses", example = "2500000")
        @NotNull @Min(1) @Max(10_000_000_000L) Long quantity,
        @Schema(description = "Reference to the evidence document (invoice, certificate) in the organisation's records",
                example = "DMS-2026-004711") @NotBlank @Size(max = 200) String evidenceReference,
        @Size(max = 1000) String note) {
}
