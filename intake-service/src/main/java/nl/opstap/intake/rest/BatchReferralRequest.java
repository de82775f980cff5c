package nl.opstap.intake.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A batch of referrals, e.g. a nightly export; each item is judged on its own")
public record BatchReferralRequest(@NotNull @Size(min = 1, max = 500) List<ReferralRequest> items) {
}
