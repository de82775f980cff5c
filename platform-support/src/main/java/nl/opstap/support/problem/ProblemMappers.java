package nl.opstap.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.opstap.support.domain.DomainException;
import nl.opstap.support.json.RejectedValueException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into {@code application/problem+json}. Client mistakes get 4xx with the field named;
 * anything unexpected gets a bare 500 with an error id, never a stack trace or the input echoed back
 * (it may contain a BSN).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return e.toResponse(uri.getPath());
    }

    /** Domain errors raised below rest/: one mapping for every service. */
    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        return problem(ProblemException.from(e), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, ResourceInfo resource) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> ConstraintViolations.nodes(v.getPropertyPath()).stream().anyMatch(n -> n.getKind() == ElementKind.RETURN_VALUE));
        if (returnValue) {
            return internal(e, uri);
        }
        Method method = methodOf(resource);
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> ConstraintViolations.violationOf(v, method))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return respond(ProblemType.VALIDATION, null, uri, violations);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        // A body limit hit while Jackson was reading arrives wrapped in Jackson's exception.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
        }
        // Well-formed JSON with a value we refuse (too many items, a date out of range, NUL) is invalid, not unreadable.
        ProblemType type = e instanceof RejectedValueException ? ProblemType.VALIDATION : ProblemType.MALFORMED_REQUEST;
        return respond(type, null, uri, JsonProblems.violations(e));
    }

    /** Registered for the exact type because Quarkus ships its own (plain JSON) mapper for it. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json, uri);
            }
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        ProblemType type = Arrays.stream(ProblemType.values()).filter(t -> t.status() == status).findFirst().orElse(null);
        if (type == null) {
            Problem problem = new Problem(java.net.URI.create("about:blank"), e.getResponse().getStatusInfo().getReasonPhrase(), status, e.getMessage(), uri.getPath(),
                    List.of());
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return respond(type, detailFor(type, uri), uri, List.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAUTHENTICATED,
                        "Send a valid, unexpired bearer token from the Opstap identity provider", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    /** Tokens cannot be checked while the identity provider is unreachable: a retryable state, not a bug. */
    @ServerExceptionMapper
    public Response identityProviderUnavailable(OIDCException e, UriInfo uri) {
        LOG.warnf("Identity provider unavailable on %s", uri.getPath());
        return Response.fromResponse(respond(ProblemType.UNAVAILABLE, "The identity provider cannot be reached to check the token; "
                        + "try again shortly", uri, List.of()))
                .header(HttpHeaders.RETRY_AFTER, "5")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, ResourceInfo resource) {
        RolesAllowed allowed = rolesAllowed(resource);
        String detail = allowed == null ? "Your role does not allow this"
                : "Your role does not allow this; it needs one of the roles " + String.join(", ", allowed.value());
        return respond(ProblemType.FORBIDDEN, detail, uri, List.of());
    }

    private static RolesAllowed rolesAllowed(ResourceInfo resource) {
        Method method = methodOf(resource);
        if (method == null) {
            return null;
        }
        RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
        return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (isConcurrentChange(e)) {
            return respond(ProblemType.CONFLICT, "Someone changed this at the same moment; read it again and retry", uri, List.of());
        }
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.getClass().getName());
            return Response.fromResponse(respond(ProblemType.UNAVAILABLE, "The database cannot be reached; nothing was changed, "
                            + "try again shortly", uri, List.of()))
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .build();
        }
        return internal(e, uri);
    }

    /**
     * The database is down or restarting: no connection could be made or kept (SQLSTATE class 08, or 57P0x when the
     * server shuts down), or the pool gave up waiting for one. The request's transaction rolled back, so the caller can
     * simply retry; that is a 503, not a bug.
     */
    static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                // Agroal's pool timeout carries no SQLSTATE.
                if (state == null && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Two requests changed the same row at once: the loser's optimistic version check fails, or a unique key that a
     * check-then-insert guards is hit by a parallel insert. Neither is a bug; the caller can read again and retry.
     */
    private static boolean isConcurrentChange(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A programming error (a stack overflow, say) is still answered as problem+json with an error id. */
    @ServerExceptionMapper
    public Response unexpectedError(Error e, UriInfo uri) {
        return internal(e, uri);
    }

    private static String detailFor(ProblemType type, UriInfo uri) {
        switch (type) {
            case NOT_FOUND:
                return "Nothing is found at " + uri.getPath() + "; the OpenAPI document at /q/openapi lists the endpoints";
            case METHOD_NOT_ALLOWED:
                return "This path does not accept that method; the OpenAPI document at /q/openapi lists what it does accept";
            case NOT_ACCEPTABLE:
                return "This endpoint answers application/json (errors application/problem+json); ask for one of those";
            case UNSUPPORTED_MEDIA_TYPE:
                return "Send the body as application/json";
            default:
                return type.title();
        }
    }

    private static Response internal(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        // The exception class and stack only; messages of driver and mapping exceptions can quote input values.
        LOG.errorf("Unexpected error %s on %s: %s", errorId, uri.getPath(), e.getClass().getName());
        LOG.debugf(e, "Stack of error %s", errorId);
        return respond(ProblemType.INTERNAL, "Unexpected error; quote error id " + errorId, uri, List.of());
    }

    static Response respond(ProblemType type, String detail, UriInfo uri, List<Problem.Violation> violations) {
        return new ProblemException(type, detail, violations).toResponse(uri == null ? null : uri.getPath());
    }

    /** The matched resource method, if any; RESTEasy resolves it once per endpoint. */
    private static Method methodOf(ResourceInfo resource) {
        return resource == null ? null : resource.getResourceMethod();
    }
}
