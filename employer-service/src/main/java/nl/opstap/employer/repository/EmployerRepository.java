package nl.opstap.employer.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.employer.domain.Employer;

@ApplicationScoped
public class EmployerRepository implements PanacheRepositoryBase<Employer, UUID> {

    public PanacheQuery<Employer> forTenant(String tenant) {
        return find("tenant", Sort.by("name").and("id"), tenant);
    }

    public Optional<Employer> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResultOptional();
    }

    public Optional<Employer> findByKvk(String tenant, String kvkNumber) {
        return find("tenant = ?1 and kvkNumber = ?2", tenant, kvkNumber).firstResultOptional();
    }
}
