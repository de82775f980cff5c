package nl.opstap.intake.service;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.opstap.intake.domain.Client;
import nl.opstap.intake.repository.ClientRepository;

/**
 * Re-encrypts BSNs made with an older key under the active one, in batches. Rotation: add the new key,
 * make it active, run this until nothing remains, then remove the old key from the configuration.
 * The lookup hash does not change, so finding a client by BSN works throughout.
 */
@ApplicationScoped
public class BsnKeyRotation {

    public record Progress(int rotated, long remaining) {
    }

    private final ClientRepository clients;
    private final BsnVault vault;

    BsnKeyRotation(ClientRepository clients, BsnVault vault) {
        this.clients = clients;
        this.vault = vault;
    }

    @Transactional
    public Progress rotate(String tenant, int batchSize) {
        String active = vault.activeKeyPrefix() + "%";
        List<Client> batch = clients.find("tenant = ?1 and bsnEncrypted not like ?2", tenant, active).page(Page.ofSize(batchSize)).list();
        for (Client client : batch) {
            client.replaceBsnCiphertext(vault.encrypt(vault.decrypt(client.bsnEncrypted)));
        }
        clients.flush();
        return new Progress(batch.size(), clients.count("tenant = ?1 and bsnEncrypted not like ?2", tenant, active));
    }
}
