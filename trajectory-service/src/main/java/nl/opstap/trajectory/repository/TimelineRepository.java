package nl.opstap.trajectory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.opstap.trajectory.domain.TimelineEntry;

@ApplicationScoped
public class TimelineRepository implements PanacheRepository<TimelineEntry> {

    public List<TimelineEntry> ofTrajectory(UUID trajectoryId) {
        return list("trajectoryId", Sort.by("id"), trajectoryId);
    }
}
