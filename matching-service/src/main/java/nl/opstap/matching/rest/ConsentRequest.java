package nl.opstap.matching.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ConsentRequest(
        @Schema(description = "The day the client consented to share their name with this employer; not in the future",
                example = "2026-11-20") @NotNull LocalDate consentedOn) {
}
