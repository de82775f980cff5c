package nl.opstap.trajectory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import nl.opstap.trajectory.domain.SignalDigest;

@ApplicationScoped
public class SignalDigestRepository implements PanacheRepositoryBase<SignalDigest, SignalDigest.Key> {

    public Optional<SignalDigest> latest(String tenant, String coach) {
        return find("key.tenant = ?1 and key.coach = ?2", Sort.descending("key.computedOn"), tenant, coach).firstResultOptional();
    }
}
