package nl.opstap.trajectory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.trajectory.domain.DevelopmentPlan;
import nl.opstap.trajectory.domain.Signal;
import org.hibernate.Session;

@ApplicationScoped
public class DevelopmentPlanRepository implements PanacheRepositoryBase<DevelopmentPlan, UUID> {

    public Optional<DevelopmentPlan> current(UUID trajectoryId) {
        return find("trajectoryId", Sort.descending("planVersion"), trajectoryId).firstResultOptional();
    }

    /** The open goals of the current plans of an array of trajectories (public for the read benchmark's query plans). */
    public static final String OPEN_GOALS_OF_CURRENT_PLANS = """
            select p.trajectory_id, g.description, g.due_on from development_plan p join plan_goal g on g.plan_id = p.id
            where p.trajectory_id = any (?) and g.status = 'OPEN'
              and p.plan_version = (select max(q.plan_version) from development_plan q where q.trajectory_id = p.trajectory_id)
            order by p.trajectory_id, g.position""";

    /**
     * The open goals of the current plan of each of these trajectories, in plan order: one statement for a caseload page,
     * in plain SQL because Hibernate re-translates a query with a list parameter on every call, which cost a caseload
     * page more than everything else it does (read-path benchmark, #12).
     */
    public Map<UUID, List<Signal.OpenGoal>> openGoalsOfCurrentPlans(Collection<UUID> trajectoryIds) {
        if (trajectoryIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            Map<UUID, List<Signal.OpenGoal>> goals = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(OPEN_GOALS_OF_CURRENT_PLANS)) {
                select.setArray(1, connection.createArrayOf("uuid", trajectoryIds.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        goals.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                                .add(new Signal.OpenGoal(rows.getString(2), rows.getObject(3, LocalDate.class)));
                    }
                }
            }
            return goals;
        });
    }

}
