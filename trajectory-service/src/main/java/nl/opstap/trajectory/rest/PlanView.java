package nl.opstap.trajectory.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.opstap.trajectory.domain.DevelopmentPlan;
import nl.opstap.trajectory.domain.GoalCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DevelopmentPlan", description = "The current version of the development plan (ontwikkelplan) and its signatures")
record PlanView(UUID id, int planVersion, GoalCategory priority, Instant createdAt, String createdBy, boolean signed,
        Instant clientSignedAt, String clientSignedBy, Instant coachSignedAt, String coachSignedBy, List<GoalView> goals) {

    static PlanView of(DevelopmentPlan p) {
        return new PlanView(p.id, p.planVersion, p.priority, p.createdAt, p.createdBy, p.isSigned(), p.clientSignedAt, p.clientSignedBy,
                p.coachSignedAt, p.coachSignedBy, p.goals.stream().map(GoalView::of).toList());
    }
}
