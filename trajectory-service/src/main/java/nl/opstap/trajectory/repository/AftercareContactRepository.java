package nl.opstap.trajectory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.opstap.trajectory.domain.AftercareContact;

@ApplicationScoped
public class AftercareContactRepository implements PanacheRepositoryBase<AftercareContact, UUID> {

    public List<AftercareContact> ofTrajectory(UUID trajectoryId) {
        return list("trajectoryId", Sort.by("contactOn").and("recordedAt"), trajectoryId);
    }
}
