package nl.opstap.intake.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AdmissionRequest(
        @NotNull UUID programmeId,
        @Schema(description = "Needed to admit to a programme the client does not fit; recorded with the decision")
        @Size(max = 2000) String overrideReason,
        @Size(max = 2000) String note,
        @Schema(description = DECIDED_ON, example = "2026-11-20") @PastOrPresent(message = "must not be in the future") LocalDate decidedOn) {

    static final String DECIDED_ON = "The day of the decision, when it is recorded later; default today. Not in the future and not "
            + "before the referral was received";
}
