package nl.opstap.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.opstap.intake.service.BsnKeyRotation;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import nl.opstap.support.rest.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/bsn-key-rotation")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class BsnKeyRotationResource {

    private final BsnKeyRotation rotation;
    private final Caller caller;

    BsnKeyRotationResource(BsnKeyRotation rotation, Caller caller) {
        this.rotation = rotation;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Re-encrypt and re-hash one batch of your organisation's BSNs under the active keys",
            description = "BSNs encrypted under an older AES key are encrypted under the active one, lookup hashes made with an older "
                    + "HMAC key are made again with the active one. Call until remaining is 0; then the old keys can be removed "
                    + "from the configuration. Lookups by BSN work throughout.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BsnKeyRotation.Progress.class)))
    public BsnKeyRotation.Progress rotate(@QueryParam("batchSize") @Parameter(description = "BSNs per call",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5000", defaultValue = "500")) String batchSize) {
        return rotation.rotate(caller.tenant(), QueryParams.integer("batchSize", batchSize, 1, 5000, 500));
    }
}
