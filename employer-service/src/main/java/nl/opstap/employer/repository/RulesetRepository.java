package nl.opstap.employer.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import nl.opstap.employer.domain.SroiRuleset;

@ApplicationScoped
public class RulesetRepository implements PanacheRepositoryBase<SroiRuleset, SroiRuleset.Key> {

    public Optional<SroiRuleset> newest(String tenant, String code) {
        return find("key.tenant = ?1 and key.code = ?2", Sort.descending("key.version"), tenant, code).firstResultOptional();
    }

    public Optional<SroiRuleset> version(String tenant, String code, int version) {
        return findByIdOptional(new SroiRuleset.Key(tenant, code, version));
    }

    public PanacheQuery<SroiRuleset> ofTenant(String tenant) {
        return find("key.tenant", Sort.by("key.code").and("key.version", Sort.Direction.Descending), tenant);
    }
}
