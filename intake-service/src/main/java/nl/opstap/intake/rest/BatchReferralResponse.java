package nl.opstap.intake.rest;

import java.util.List;
import nl.opstap.support.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One result per submitted item, in the same order")
public record BatchReferralResponse(int created, int unchanged, int rejected, List<ItemResult> results) {

    public enum Outcome { CREATED, UNCHANGED, REJECTED }

    @Schema(description = "CREATED: new referral; UNCHANGED: an identical repeat; REJECTED: see problem")
    public record ItemResult(int index, String municipalityReference, Outcome outcome, ReferralView referral, Problem problem) {
    }
}
