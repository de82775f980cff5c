package nl.opstap.intake.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A batch of referrals. Items are kept as JSON until each is read on its own, so that one item with an
 * unreadable value (a date out of range, a number where text belongs) is rejected alone, not the batch.
 */
@Schema(description = "A batch of referrals, e.g. a nightly export; each item is judged on its own")
public record BatchReferralRequest(
        @Schema(type = SchemaType.ARRAY, implementation = ReferralRequest.class, minItems = 1, maxItems = 500)
        @NotNull @Size(min = 1, max = 500) List<JsonNode> items) {
}
