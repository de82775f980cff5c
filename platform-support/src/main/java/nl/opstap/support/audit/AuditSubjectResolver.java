package nl.opstap.support.audit;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A service's way to name the client behind a {@link PersonalData} endpoint whose path holds another id (a
 * trajectory, a proposal), so the audit trail records whose data it was without every resource method saying so.
 */
public interface AuditSubjectResolver {

    /** The clients of the tenant that the path parameters point at; empty when they point at none. */
    Set<UUID> clientsOf(String tenant, MultivaluedMap<String, String> pathParameters);

    /** The path parameter {@code name} as an id; empty when absent or not an id (the endpoint itself answers that). */
    static Optional<UUID> pathId(MultivaluedMap<String, String> pathParameters, String name) {
        String value = pathParameters.getFirst(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
