package nl.opstap.employer.service;

import java.util.UUID;
import nl.opstap.support.domain.NotFoundException;

/**
 * Whose data a request may touch: a tenant's professionals see the tenant's employers; an employer user sees
 * its own organisation only, and anything else is "not found", exactly as another tenant's data is.
 *
 * @param ownEmployer the employer an employer user is linked to; null for professionals
 */
public record Viewer(String tenant, String name, UUID ownEmployer) {

    public boolean isEmployerUser() {
        return ownEmployer != null;
    }

    /** Throws not-found when the viewer may not see {@code employerId}'s data. */
    public void requireAccessTo(String what, Object id, UUID employerId) {
        if (isEmployerUser() && !ownEmployer.equals(employerId)) {
            throw new NotFoundException(what, id);
        }
    }
}
