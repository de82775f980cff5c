package nl.opstap.trajectory.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.trajectory.domain.Trajectory;
import nl.opstap.trajectory.domain.TrajectoryStatus;

@ApplicationScoped
public class TrajectoryRepository implements PanacheRepositoryBase<Trajectory, UUID> {

    public Optional<Trajectory> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResultOptional();
    }

    public boolean existsInTenant(String tenant, UUID id) {
        return count("tenant = ?1 and id = ?2", tenant, id) > 0;
    }

    /** The client's running trajectory, if any (at most one: a partial unique index guarantees it). */
    public Optional<Trajectory> runningOfClient(UUID clientId) {
        return find("clientId = ?1 and status in ?2", clientId, List.of(TrajectoryStatus.ACTIVE, TrajectoryStatus.IN_AFTERCARE))
                .firstResultOptional();
    }

    /** Which trajectories a caseload holds, as an HQL condition and its parameters. */
    public record CaseloadFilter(String where, Parameters parameters) {
    }

    public CaseloadFilter caseloadFilter(String tenant, String coach, TrajectoryStatus status, String phase, UUID clientId) {
        List<String> where = new ArrayList<>(List.of("tenant = :tenant"));
        Parameters params = Parameters.with("tenant", tenant);
        if (clientId != null) {
            where.add("clientId = :client");
            params.and("client", clientId);
        }
        if (coach != null) {
            where.add("coach = :coach");
            params.and("coach", coach);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (phase != null) {
            where.add("phase = :phase");
            params.and("phase", phase);
        }
        return new CaseloadFilter(String.join(" and ", where), params);
    }

    /** The caseload's trajectories, soonest maximum end first. */
    public PanacheQuery<Trajectory> caseload(CaseloadFilter filter) {
        return find(filter.where(), Sort.by("plannedEndOn").and("id"), filter.parameters());
    }

    /**
     * How many trajectories the caseload holds, by a count query of its own: Panache's count() derives one from the
     * select and Hibernate translates that anew on every call, a fifth of a caseload page's time (read-path benchmark, #12).
     */
    public long countCaseload(CaseloadFilter filter) {
        TypedQuery<Long> count = getEntityManager().createQuery("select count(*) from Trajectory where " + filter.where(), Long.class);
        filter.parameters().map().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** Every active trajectory that has a coach, across tenants: the daily digest's input. */
    public List<Trajectory> activeWithCoach() {
        return list("status = ?1 and coach is not null", Sort.by("tenant").and("coach").and("plannedEndOn"), TrajectoryStatus.ACTIVE);
    }

    public List<Trajectory> activePastEnd(LocalDate today) {
        return list("status = ?1 and plannedEndOn < ?2", TrajectoryStatus.ACTIVE, today);
    }

    public List<Trajectory> aftercareDue(LocalDate today) {
        return list("status = ?1 and aftercareEndsOn <= ?2", TrajectoryStatus.IN_AFTERCARE, today);
    }
}
