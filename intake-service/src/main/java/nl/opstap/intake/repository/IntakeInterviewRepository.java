package nl.opstap.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.opstap.intake.domain.IntakeInterview;

@ApplicationScoped
public class IntakeInterviewRepository implements PanacheRepositoryBase<IntakeInterview, UUID> {

    public List<IntakeInterview> ofClient(UUID clientId) {
        return list("clientId", Sort.by("heldOn").and("recordedAt"), clientId);
    }
}
