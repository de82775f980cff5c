package nl.opstap.employer.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.employer.domain.Vacancy;
import nl.opstap.employer.domain.VacancyStatus;

@ApplicationScoped
public class VacancyRepository implements PanacheRepositoryBase<Vacancy, UUID> {

    public PanacheQuery<Vacancy> search(String tenant, UUID employerId, VacancyStatus status) {
        StringBuilder query = new StringBuilder("tenant = :tenant");
        Parameters parameters = Parameters.with("tenant", tenant);
        if (employerId != null) {
            query.append(" and employerId = :employer");
            parameters.and("employer", employerId);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        return find(query.toString(), Sort.descending("createdAt").and("id"), parameters);
    }

    public Optional<Vacancy> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResultOptional();
    }

    /** Published vacancies of every tenant whose end date lies before {@code today}. */
    public List<Vacancy> expiredBy(LocalDate today) {
        return list("status = ?1 and endDate < ?2", VacancyStatus.PUBLISHED, today);
    }
}
