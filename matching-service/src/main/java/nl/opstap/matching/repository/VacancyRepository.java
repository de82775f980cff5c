package nl.opstap.matching.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.opstap.matching.domain.Vacancy;

@ApplicationScoped
public class VacancyRepository implements PanacheRepositoryBase<Vacancy, UUID> {

    public PanacheQuery<Vacancy> publishedInTenant(String tenant) {
        return find("tenant = ?1 and published = true", Sort.descending("publishedOn").and("vacancyId"), tenant);
    }

    public Optional<Vacancy> findPublished(String tenant, UUID vacancyId) {
        return find("tenant = ?1 and vacancyId = ?2 and published = true", tenant, vacancyId).firstResultOptional();
    }

    public Stream<Vacancy> streamOpen() {
        return stream("published = true and closedOn is null");
    }
}
