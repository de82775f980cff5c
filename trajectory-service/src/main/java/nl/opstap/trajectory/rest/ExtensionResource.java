package nl.opstap.trajectory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import nl.opstap.support.audit.LegalBases;
import nl.opstap.support.audit.PersonalData;
import nl.opstap.support.problem.Problem;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.problem.ProblemType;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import nl.opstap.trajectory.domain.Extension;
import nl.opstap.trajectory.service.ExtensionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A trajectory's extension requests and their approval or refusal. */
@Path("/trajectories/{id}/extensions")
@Tag(name = "Trajectories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CONSULTANT, Roles.JOBCOACH})
public class ExtensionResource {

    private final ExtensionService extensions;
    private final Caller caller;

    ExtensionResource(ExtensionService extensions, Caller caller) {
        this.extensions = extensions;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Request an extension",
            description = "Checked against the programme's policy. Outside it: 422, and the refusal is kept with its reason and proposed exit. "
                    + "Within it: APPROVED (emits TrajectoryExtended), or REQUESTED when a second person must approve.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ExtensionView.class)))
    @APIResponse(responseCode = "422", description = "Refused by the programme's policy",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = "extension", purpose = TrajectoryAuditSubjects.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public Response requestExtension(@PathParam("id") UUID id, @NotNull @Valid ExtensionRequest request) {
        Extension extension = extensions.request(caller.tenant(), id, request.months(), request.reasonCode(), request.motivation(),
                request.proposedExit(), caller.name());
        if (extension.isRefused()) {
            // The refusal is kept (it committed); the answer is still a 422 that says why.
            throw new ProblemException(ProblemType.BUSINESS_RULE,
                    extension.refusalReason + " (refusal " + extension.id + " recorded; proposed exit " + extension.proposedExit + ")");
        }
        return Response.status(Response.Status.CREATED).entity(ExtensionView.of(extension)).build();
    }

    @GET
    @Operation(summary = "Extension requests, granted and refused")
    @PersonalData(category = "extension", purpose = TrajectoryAuditSubjects.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public List<ExtensionView> extensions(@PathParam("id") UUID id) {
        return extensions.ofTrajectory(caller.tenant(), id).stream().map(ExtensionView::of).toList();
    }

    @POST
    @Path("/{extensionId}/approval")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CONSULTANT, Roles.ADMIN})
    @Operation(summary = "Approve a requested extension (by someone other than the requester)",
            description = "A second person decides: a consultant or admin who did not request the extension. The requester gets 409 "
                    + "saying so; a jobcoach gets 403 naming the roles that may approve. Emits TrajectoryExtended.")
    @PersonalData(category = "extension", purpose = TrajectoryAuditSubjects.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public ExtensionView approve(@PathParam("id") UUID id, @PathParam("extensionId") UUID extensionId) {
        return ExtensionView.of(extensions.approve(caller.tenant(), id, extensionId, caller.name()));
    }

    @POST
    @Path("/{extensionId}/refusal")
    @RolesAllowed({Roles.CONSULTANT, Roles.ADMIN})
    @Operation(summary = "Refuse a requested extension, with reason and proposed exit")
    @PersonalData(category = "extension", purpose = TrajectoryAuditSubjects.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public ExtensionView refuse(@PathParam("id") UUID id, @PathParam("extensionId") UUID extensionId, @NotNull @Valid RefusalRequest request) {
        return ExtensionView.of(extensions.refuse(caller.tenant(), id, extensionId, request.reason(), request.proposedExit(), caller.name()));
    }
}
