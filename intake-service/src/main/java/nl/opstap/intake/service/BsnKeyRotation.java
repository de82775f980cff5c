package nl.opstap.intake.service;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.opstap.intake.domain.Bsn;
import nl.opstap.intake.domain.Client;
import nl.opstap.intake.repository.ClientRepository;

/**
 * Re-encrypts BSNs made with an older AES key under the active one, and makes lookup hashes made with an older HMAC
 * key again with the active one, in batches. Rotation: add the new key, make it active, run this until nothing remains,
 * then remove the old key from the configuration. Lookups try every configured hash key, so finding a client by BSN
 * works throughout.
 */
@ApplicationScoped
public class BsnKeyRotation {

    private static final String DUE = "tenant = ?1 and bsnEncrypted is not null and (bsnEncrypted not like ?2 or bsnHashKey <> ?3)";

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
        String activeHashKey = vault.activeHashKeyId();
        List<Client> batch = clients.find(DUE, tenant, active, activeHashKey).page(Page.ofSize(batchSize)).list();
        for (Client client : batch) {
            Bsn bsn = vault.decrypt(client.bsnEncrypted);
            if (!client.bsnEncrypted.startsWith(vault.activeKeyPrefix())) {
                client.replaceBsnCiphertext(vault.encrypt(bsn));
            }
            if (!activeHashKey.equals(client.bsnHashKey)) {
                client.replaceBsnHash(vault.hash(bsn));
            }
        }
        clients.flush();
        return new Progress(batch.size(), clients.count(DUE, tenant, active, activeHashKey));
    }
}
