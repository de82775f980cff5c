package nl.opstap.support.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.problem.ProblemType;
import nl.opstap.support.security.Caller;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Answers 429 with Retry-After when a caller has used up the allowance of a {@link RateLimited} endpoint. */
public class RateLimitFilter {

    private final RateLimiter limiter;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    RateLimitFilter(RateLimiter limiter, SecurityIdentity identity, JsonWebToken token) {
        this.limiter = limiter;
        this.identity = identity;
        this.token = token;
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null || identity.isAnonymous()) {
            return null;
        }
        RateLimited limit = resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (limit == null) {
            limit = resource.getResourceClass().getAnnotation(RateLimited.class);
        }
        if (limit == null) {
            return null;
        }
        // The token's organisation and subject: one allowance per municipal system or user, across its tokens.
        OptionalLong wait = limiter.acquire(limit, token.getClaim(Caller.TENANT_CLAIM) + "/" + identity.getPrincipal().getName());
        if (wait.isEmpty()) {
            return null;
        }
        Response problem = new ProblemException(ProblemType.TOO_MANY_REQUESTS, "Too many requests to this endpoint; try again in "
                + wait.getAsLong() + " s").toResponse(request.getUriInfo().getPath());
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, wait.getAsLong()).build();
    }
}
