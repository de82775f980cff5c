package nl.opstap.employer.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CloseRequest(
        @Schema(description = "FILLED or WITHDRAWN; EXPIRED is set by the daily sweep after the end date", enumeration = {"FILLED", "WITHDRAWN"})
        @NotNull ClosingReason reason) {

    /** The reasons a person may give; expiry is the sweep's. */
    public enum ClosingReason {
        FILLED,
        WITHDRAWN
    }
}
