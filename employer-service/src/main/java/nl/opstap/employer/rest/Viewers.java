package nl.opstap.employer.rest;

import jakarta.enterprise.context.RequestScoped;
import nl.opstap.employer.service.Viewer;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;

/**
 * Turns the verified token into a {@link Viewer}. An employer user's token carries the claim {@code employer_id}
 * (the Keycloak user attribute of the same name): the one organisation it may see. A professional role wins
 * over the employer role, so a token with both acts for the tenant.
 */
@RequestScoped
public class Viewers {

    private final Caller caller;

    Viewers(Caller caller) {
        this.caller = caller;
    }

    public Viewer current() {
        boolean professional = caller.hasRole(Roles.ACCOUNT_MANAGER) || caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.JOBCOACH)
                || caller.hasRole(Roles.CONSULTANT);
        if (professional || !caller.hasRole(Roles.EMPLOYER)) {
            return new Viewer(caller.tenant(), caller.name(), null);
        }
        return new Viewer(caller.tenant(), caller.name(), caller.employerId());
    }
}
