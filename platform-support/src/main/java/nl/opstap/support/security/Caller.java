package nl.opstap.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.problem.ProblemType;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the verified access token: the tenant (executing organisation) every query is
 * scoped to, the municipality for municipal systems, and a name for audit fields.
 */
@RequestScoped
public class Caller {

    /** Claim with the tenant: the organisation whose data the caller works on. */
    public static final String TENANT_CLAIM = "org";
    /** Claim with the id of the employer an employer user works for (the Keycloak user attribute of the same name). */
    public static final String EMPLOYER_CLAIM = "employer_id";
    /** Claim with the CBS code of a municipal system, e.g. GM0344. */
    public static final String MUNICIPALITY_CLAIM = "municipality";

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    Caller(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    /** The caller's tenant; a token without one may see nothing. */
    public String tenant() {
        String tenant = token.getClaim(TENANT_CLAIM);
        if (tenant == null || tenant.isBlank()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "The token carries no organisation (claim '" + TENANT_CLAIM + "')");
        }
        return tenant;
    }

    /** The CBS code of the calling municipal system; required where a municipality acts. */
    public String municipalityCode() {
        return municipality().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "The token carries no municipality (claim '" + MUNICIPALITY_CLAIM + "')"));
    }

    public Optional<String> municipality() {
        String code = token.getClaim(MUNICIPALITY_CLAIM);
        return Optional.ofNullable(code).filter(c -> !c.isBlank());
    }

    /** The employer an employer user works for: the one organisation it may see. 403 when the token names none. */
    public UUID employerId() {
        Object claim = token.getClaim(EMPLOYER_CLAIM);
        try {
            return UUID.fromString(String.valueOf(claim));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.FORBIDDEN, "The employer user's token carries no employer (claim '" + EMPLOYER_CLAIM + "')");
        }
    }

    /** A stable, human-readable name of the caller for "who did this" fields. */
    public String name() {
        String username = token.getClaim("preferred_username");
        return username != null ? username : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
