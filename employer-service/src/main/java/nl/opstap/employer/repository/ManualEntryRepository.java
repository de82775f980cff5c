package nl.opstap.employer.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.employer.domain.ManualEntry;

@ApplicationScoped
public class ManualEntryRepository implements PanacheRepositoryBase<ManualEntry, UUID> {

    public Optional<ManualEntry> find(String tenant, UUID contractId, UUID id) {
        return find("tenant = ?1 and contractId = ?2 and id = ?3", tenant, contractId, id).firstResultOptional();
    }

    public PanacheQuery<ManualEntry> ofContract(String tenant, UUID contractId) {
        return find("tenant = ?1 and contractId = ?2", Sort.descending("requestedAt").and("id"), tenant, contractId);
    }
}
