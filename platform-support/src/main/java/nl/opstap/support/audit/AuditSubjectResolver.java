package nl.opstap.support.audit;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Set;
import java.util.UUID;

/**
 * A service's way to name the client behind a {@link PersonalData} endpoint whose path holds another id (a
 * trajectory, a proposal), so the audit trail records whose data it was without every resource method saying so.
 */
public interface AuditSubjectResolver {

    /** The clients of the tenant that the path parameters point at; empty when they point at none. */
    Set<UUID> clientsOf(String tenant, MultivaluedMap<String, String> pathParameters);
}
