package nl.opstap.matching.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.opstap.matching.domain.CandidatePlacement;

@ApplicationScoped
public class CandidatePlacementRepository implements PanacheRepositoryBase<CandidatePlacement, UUID> {

    public List<CandidatePlacement> ofClient(String tenant, UUID clientId) {
        return list("tenant = ?1 and clientId = ?2", tenant, clientId);
    }
}
