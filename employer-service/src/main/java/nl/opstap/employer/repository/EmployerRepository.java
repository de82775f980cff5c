package nl.opstap.employer.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.employer.domain.Employer;

@ApplicationScoped
public class EmployerRepository implements PanacheRepositoryBase<Employer, UUID> {

    /** Employers of a tenant matching every filter given; {@code id} last in the sort keeps pages stable. */
    public PanacheQuery<Employer> search(String tenant, EmployerSearch search, Sort sort) {
        StringBuilder query = new StringBuilder("tenant = :tenant");
        Parameters parameters = Parameters.with("tenant", tenant);
        if (search.name() != null) {
            query.append(" and lower(name) like :name escape '\\'");
            parameters.and("name", "%" + likeEscaped(search.name().toLowerCase()) + "%");
        }
        if (search.sbiCode() != null) {
            query.append(" and sbiCode like :sbi");
            parameters.and("sbi", search.sbiCode() + "%");
        }
        if (search.postcodeArea() != null) {
            query.append(" and (postcodeArea = :area or id in (select e.id from Employer e join e.locations l where l like :areaPrefix))");
            parameters.and("area", search.postcodeArea()).and("areaPrefix", search.postcodeArea() + "%");
        }
        if (search.network() != null) {
            query.append(" and id in (select e.id from Employer e join e.networks n where n = :network)");
            parameters.and("network", search.network());
        }
        return find(query.toString(), sort.and("id"), parameters);
    }

    public Optional<Employer> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResultOptional();
    }

    public Optional<Employer> findByKvk(String tenant, String kvkNumber) {
        return find("tenant = ?1 and kvkNumber = ?2", tenant, kvkNumber).firstResultOptional();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
