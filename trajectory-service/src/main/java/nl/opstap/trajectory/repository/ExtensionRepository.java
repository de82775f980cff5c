package nl.opstap.trajectory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.trajectory.domain.Extension;

@ApplicationScoped
public class ExtensionRepository implements PanacheRepositoryBase<Extension, UUID> {

    public List<Extension> ofTrajectory(UUID trajectoryId) {
        return list("trajectoryId", Sort.by("requestedAt"), trajectoryId);
    }

    public Optional<Extension> findOf(UUID trajectoryId, UUID id) {
        return find("trajectoryId = ?1 and id = ?2", trajectoryId, id).firstResultOptional();
    }
}
