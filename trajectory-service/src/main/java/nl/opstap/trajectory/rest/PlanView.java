package nl.opstap.trajectory.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.trajectory.domain.DevelopmentPlan;
import nl.opstap.trajectory.domain.GoalCategory;
import nl.opstap.trajectory.domain.SignatureMethod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DevelopmentPlan", description = "The current version of the development plan (ontwikkelplan) and its signatures")
record PlanView(UUID id, int planVersion, GoalCategory priority, Instant createdAt, String createdBy, boolean signed,
        @Schema(description = "When the client's signature was recorded") Instant clientSignedAt,
        @Schema(description = "How the client signed; empty for signatures recorded before this was asked") SignatureMethod clientSignatureMethod,
        @Schema(description = "The day the client signed") LocalDate clientSignedOn,
        @Schema(description = "Who recorded the client's signature") String clientSignedBy,
        Instant coachSignedAt, String coachSignedBy, List<GoalView> goals) {

    static PlanView of(DevelopmentPlan p) {
        return new PlanView(p.id, p.planVersion, p.priority, p.createdAt, p.createdBy, p.isSigned(), p.clientSignedAt,
                p.clientSignatureMethod, p.clientSignedOn, p.clientSignedBy, p.coachSignedAt, p.coachSignedBy,
                p.goals.stream().map(GoalView::of).toList());
    }
}
