package nl.opstap.matching.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.opstap.matching.domain.Vacancy;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class VacancyRepository implements PanacheRepositoryBase<Vacancy, UUID> {

    public PanacheQuery<Vacancy> publishedInTenant(String tenant) {
        return find("tenant = ?1 and published = true", Sort.descending("publishedOn").and("vacancyId"), tenant);
    }

    public Optional<Vacancy> findPublished(String tenant, UUID vacancyId) {
        return find("tenant = ?1 and vacancyId = ?2 and published = true", tenant, vacancyId).firstResultOptional();
    }

    public Stream<Vacancy> streamOpen() {
        return find("published = true and closedOn is null").withHint(HibernateHints.HINT_FETCH_SIZE, CandidateProfileRepository.FETCH_SIZE)
                .stream();
    }

    /** The vacancies with these ids, whatever their state; none for none. */
    public List<Vacancy> withIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("vacancyId in ?1", ids);
    }
}
