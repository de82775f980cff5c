package nl.opstap.support.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.opstap.support.rest.PageRequest;
import nl.opstap.support.rest.PageResponse;
import nl.opstap.support.rest.QueryParams;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The auditor's view of this service's audit trail: who processed whose personal data, and whether the log is intact. */
@Path("/audit")
@Tag(name = "Audit trail", description = "Who read or changed a client's personal data in this service, when and why")
@RolesAllowed(Roles.AUDITOR)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail trail;
    private final Caller caller;

    AuditResource(AuditTrail trail, Caller caller) {
        this.trail = trail;
        this.caller = caller;
    }

    @GET
    @Path("/entries")
    @Operation(summary = "The organisation's audit entries, newest first",
            description = "One entry per processing: actor and roles, the pseudonyms of the clients it touched, data "
                    + "category, operation, endpoint, purpose and legal basis. With clientId: who looked at that client's file, "
                    + "so the client can be told. The entries never hold the data itself.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PageResponse.class)))
    public PageResponse<AuditEntryView> entries(
            @Parameter(description = "Only entries about this client (pseudonymous id)") @QueryParam("clientId") String clientId,
            @BeanParam PageRequest page) {
        UUID client = QueryParams.uuid("clientId", clientId);
        String tenant = caller.tenant();
        return PageResponse.of(trail.entries(tenant, client, page.index(), page.size()), page, trail.count(tenant, client),
                entry -> entry);
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the organisation's hash chain",
            description = "Checks every entry from the first: its hash must match its fields and its predecessor's hash. "
                    + "An entry edited, inserted or removed behind the database's back shows as the first broken entry.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChainVerification.class)))
    public ChainVerification verify() {
        return trail.verify(caller.tenant());
    }
}
