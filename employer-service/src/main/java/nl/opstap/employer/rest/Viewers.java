package nl.opstap.employer.rest;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import nl.opstap.employer.service.Viewer;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.problem.ProblemType;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns the verified token into a {@link Viewer}. An employer user's token carries the claim {@code employer_id}
 * (the Keycloak user attribute of the same name): the one organisation it may see. A professional role wins
 * over the employer role, so a token with both acts for the tenant.
 */
@RequestScoped
public class Viewers {

    /** Claim with the id of the employer an employer user works for. */
    public static final String EMPLOYER_CLAIM = "employer_id";

    private final Caller caller;
    private final JsonWebToken token;

    Viewers(Caller caller, JsonWebToken token) {
        this.caller = caller;
        this.token = token;
    }

    public Viewer current() {
        boolean professional = caller.hasRole(Roles.ACCOUNT_MANAGER) || caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.JOBCOACH)
                || caller.hasRole(Roles.CONSULTANT);
        if (professional || !caller.hasRole(Roles.EMPLOYER)) {
            return new Viewer(caller.tenant(), caller.name(), null);
        }
        return new Viewer(caller.tenant(), caller.name(), ownEmployer());
    }

    private UUID ownEmployer() {
        Object claim = token.getClaim(EMPLOYER_CLAIM);
        try {
            return UUID.fromString(String.valueOf(claim));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.FORBIDDEN, "The employer user's token carries no employer (claim '" + EMPLOYER_CLAIM + "')");
        }
    }
}
