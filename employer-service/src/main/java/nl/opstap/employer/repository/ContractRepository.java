package nl.opstap.employer.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.employer.domain.SroiContract;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<SroiContract, UUID> {

    public Optional<SroiContract> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResultOptional();
    }

    public Optional<SroiContract> findByTender(String tenant, String tenderReference) {
        return find("tenant = ?1 and tenderReference = ?2", tenant, tenderReference).firstResultOptional();
    }

    /** A tenant's contracts, or one contractor's when {@code contractor} is given. */
    public PanacheQuery<SroiContract> ofTenant(String tenant, UUID contractor) {
        Sort sort = Sort.descending("startsOn").and("id");
        return contractor == null ? find("tenant", sort, tenant)
                : find("tenant = ?1 and contractorEmployerId = ?2", sort, tenant, contractor);
    }
}
