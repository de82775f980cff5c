package nl.opstap.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.intake.service.IdentitySharing.SharedIdentity;
import nl.opstap.intake.service.IdentitySharing;
import nl.opstap.support.audit.AuditSubjects;
import nl.opstap.support.audit.LegalBases;
import nl.opstap.support.audit.PersonalData;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/shared-identities")
@Tag(name = "Shared identities", description = "The name of a proposed candidate, for the one employer the client consented to")
@Produces(MediaType.APPLICATION_JSON)
public class SharedIdentityResource {

    private final IdentitySharing sharing;
    private final AuditSubjects auditSubjects;
    private final Caller caller;

    SharedIdentityResource(IdentitySharing sharing, AuditSubjects auditSubjects, Caller caller) {
        this.sharing = sharing;
        this.auditSubjects = auditSubjects;
        this.caller = caller;
    }

    @GET
    @Path("/{proposalId}")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(summary = "The name of the candidate of one of your proposals",
            description = "For the employer user whose employer the candidate was proposed to (matching-service), once the client's "
                    + "consent to share their identity is recorded there. Before that, or for any other employer, 404.")
    @APIResponse(responseCode = "200", description = "The candidate's name")
    @PersonalData(category = "name", purpose = ProcessingGrounds.PLACEMENT, legalBasis = LegalBases.CONSENT)
    public SharedIdentityView get(@PathParam("proposalId") UUID proposalId) {
        SharedIdentity identity = sharing.forEmployer(caller.tenant(), caller.employerId(), proposalId);
        auditSubjects.add(identity.clientId());
        return new SharedIdentityView(identity.proposalId(), identity.givenNames(), identity.familyName(), identity.consentedOn());
    }

    @Schema(description = "A proposed candidate's name, shared with the employer by the client's consent; nothing else of the person")
    public record SharedIdentityView(UUID proposalId, String givenNames, String familyName,
            @Schema(description = "The day the client consented") LocalDate consentedOn) {
    }
}
