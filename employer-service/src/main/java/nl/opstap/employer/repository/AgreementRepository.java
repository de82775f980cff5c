package nl.opstap.employer.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.employer.domain.Agreement;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<Agreement, UUID> {

    public PanacheQuery<Agreement> ofEmployer(String tenant, UUID employerId) {
        return find("tenant = ?1 and employerId = ?2", Sort.descending("year").and("createdAt").and("id"), tenant, employerId);
    }

    public Optional<Agreement> find(String tenant, UUID employerId, UUID id) {
        return find("tenant = ?1 and employerId = ?2 and id = ?3", tenant, employerId, id).firstResultOptional();
    }
}
