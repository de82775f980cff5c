package nl.opstap.trajectory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.trajectory.domain.DevelopmentPlan;
import nl.opstap.trajectory.domain.PlanGoal;

@ApplicationScoped
public class DevelopmentPlanRepository implements PanacheRepositoryBase<DevelopmentPlan, UUID> {

    public Optional<DevelopmentPlan> current(UUID trajectoryId) {
        return find("trajectoryId", Sort.descending("planVersion"), trajectoryId).firstResultOptional();
    }

    /** The goals of the current plan of each of these trajectories, in one query (a caseload page is not N queries). */
    public Map<UUID, List<PlanGoal>> currentGoals(Collection<UUID> trajectoryIds) {
        if (trajectoryIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<PlanGoal>> goals = new HashMap<>();
        find("""
                select p from DevelopmentPlan p left join fetch p.goals
                where p.trajectoryId in ?1
                  and p.planVersion = (select max(q.planVersion) from DevelopmentPlan q where q.trajectoryId = p.trajectoryId)""",
                trajectoryIds).list().forEach(plan -> goals.put(plan.trajectoryId, plan.goals));
        return goals;
    }
}
