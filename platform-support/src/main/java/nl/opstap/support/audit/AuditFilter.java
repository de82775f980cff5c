package nl.opstap.support.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.opstap.support.security.Caller;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Writes each successful call of a {@link PersonalData} endpoint to the {@link AuditTrail}: one entry naming the clients touched. */
public class AuditFilter {

    private final AuditTrail trail;
    private final AuditSubjects subjects;
    private final Caller caller;
    private final SecurityIdentity identity;
    private final Instance<AuditSubjectResolver> resolvers;

    AuditFilter(AuditTrail trail, AuditSubjects subjects, Caller caller, SecurityIdentity identity,
            Instance<AuditSubjectResolver> resolvers) {
        this.trail = trail;
        this.subjects = subjects;
        this.caller = caller;
        this.identity = identity;
        this.resolvers = resolvers;
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null || response.getStatus() >= 300) {
            return;
        }
        PersonalData declared = resource.getResourceMethod().getAnnotation(PersonalData.class);
        if (declared == null) {
            return;
        }
        Set<UUID> clients = new LinkedHashSet<>();
        String fromPath = request.getUriInfo().getPathParameters().getFirst("clientId");
        if (fromPath != null) {
            clients.add(UUID.fromString(fromPath));
        }
        clients.addAll(subjects.clients());
        for (AuditSubjectResolver resolver : resolvers) {
            clients.addAll(resolver.clientsOf(caller.tenant(), request.getUriInfo().getPathParameters()));
        }
        trail.append(new AuditTrail.Processing(caller.tenant(), caller.name(), String.join(",", new TreeSet<>(identity.getRoles())),
                declared.category(), operation(request.getMethod()), request.getMethod() + " " + template(resource),
                declared.purpose(), declared.legalBasis()), clients);
    }

    private static String operation(String method) {
        return switch (method) {
            case "GET", "HEAD" -> "read";
            case "DELETE" -> "erase";
            default -> "change";
        };
    }

    private static String template(ResourceInfo resource) {
        Path onClass = resource.getResourceClass().getAnnotation(Path.class);
        Path onMethod = resource.getResourceMethod().getAnnotation(Path.class);
        return (onClass == null ? "" : onClass.value()) + (onMethod == null ? "" : onMethod.value());
    }
}
