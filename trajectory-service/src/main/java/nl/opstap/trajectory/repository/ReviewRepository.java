package nl.opstap.trajectory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.opstap.trajectory.domain.Review;

@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    public List<Review> ofTrajectory(UUID trajectoryId) {
        return list("trajectoryId", Sort.by("heldOn").and("recordedAt"), trajectoryId);
    }
}
