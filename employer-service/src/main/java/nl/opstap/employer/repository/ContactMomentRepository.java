package nl.opstap.employer.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.opstap.employer.domain.ContactMoment;

@ApplicationScoped
public class ContactMomentRepository implements PanacheRepositoryBase<ContactMoment, UUID> {

    /** Newest first. */
    public PanacheQuery<ContactMoment> ofEmployer(String tenant, UUID employerId) {
        return find("tenant = ?1 and employerId = ?2", Sort.descending("contactedOn", "recordedAt").and("id"), tenant, employerId);
    }
}
