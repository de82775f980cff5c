package nl.opstap.trajectory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.trajectory.domain.DevelopmentPlan;

@ApplicationScoped
public class DevelopmentPlanRepository implements PanacheRepositoryBase<DevelopmentPlan, UUID> {

    public Optional<DevelopmentPlan> current(UUID trajectoryId) {
        return find("trajectoryId", Sort.descending("planVersion"), trajectoryId).firstResultOptional();
    }
}
