package nl.opstap.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.intake.domain.Client;

@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, UUID> {

    public Optional<Client> findByBsnHash(String tenant, String bsnHash) {
        return find("tenant = ?1 and bsnHash = ?2", tenant, bsnHash).firstResultOptional();
    }

    public Optional<Client> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResultOptional();
    }
}
