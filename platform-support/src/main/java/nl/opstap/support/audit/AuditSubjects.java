package nl.opstap.support.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** The clients a {@link PersonalData} endpoint touched in this request, beyond a {@code clientId} in its path. */
@RequestScoped
public class AuditSubjects {

    private final Set<UUID> clients = new LinkedHashSet<>();

    public void add(UUID clientId) {
        if (clientId != null) {
            clients.add(clientId);
        }
    }

    Set<UUID> clients() {
        return clients;
    }
}
