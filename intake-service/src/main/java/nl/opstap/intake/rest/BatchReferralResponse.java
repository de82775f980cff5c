package nl.opstap.intake.rest;

import java.util.List;
import nl.opstap.support.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One result per submitted item, in the same order")
public record BatchReferralResponse(int created, int unchanged, int rejected, List<ItemResult> results) {

    public enum Outcome { CREATED, UNCHANGED, REJECTED }

    /** The results with their counts. */
    static BatchReferralResponse of(List<ItemResult> results) {
        int created = (int) results.stream().filter(r -> r.outcome() == Outcome.CREATED).count();
        int unchanged = (int) results.stream().filter(r -> r.outcome() == Outcome.UNCHANGED).count();
        return new BatchReferralResponse(created, unchanged, results.size() - created - unchanged, results);
    }

    @Schema(description = "CREATED: new referral; UNCHANGED: an identical repeat; REJECTED: see problem")
    public record ItemResult(int index, String municipalityReference, Outcome outcome, ReferralView referral, Problem problem) {

        static ItemResult registered(int index, String reference, boolean created, ReferralView referral) {
            return new ItemResult(index, reference, created ? Outcome.CREATED : Outcome.UNCHANGED, referral, null);
        }

        static ItemResult rejected(int index, String reference, Problem problem) {
            return new ItemResult(index, reference, Outcome.REJECTED, null, problem);
        }
    }
}
