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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import nl.opstap.support.audit.LegalBases;
import nl.opstap.support.audit.PersonalData;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import nl.opstap.trajectory.domain.AftercareContact;
import nl.opstap.trajectory.domain.DateOutOfRangeException;
import nl.opstap.trajectory.service.TrajectoryService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Contacts during aftercare (nazorg) after a placement. */
@Path("/trajectories/{id}/aftercare-contacts")
@Tag(name = "Trajectories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CONSULTANT, Roles.JOBCOACH})
public class AftercareResource {

    private final TrajectoryService trajectories;
    private final Caller caller;

    AftercareResource(TrajectoryService trajectories, Caller caller) {
        this.trajectories = trajectories;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Record an aftercare contact")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AftercareContactView.class)))
    @PersonalData(category = "aftercare", purpose = TrajectoryAuditSubjects.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public Response aftercareContact(@PathParam("id") UUID id, @NotNull @Valid AftercareContactRequest request) {
        AftercareContact contact = trajectories.recordAftercareContact(caller.tenant(), id, request.contactOn(), request.kind(),
                request.notes(), caller.name());
        return Response.status(Response.Status.CREATED).entity(AftercareContactView.of(contact)).build();
    }

    @GET
    @Operation(summary = "Aftercare contacts, oldest first")
    @PersonalData(category = "aftercare", purpose = TrajectoryAuditSubjects.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public List<AftercareContactView> aftercareContacts(@PathParam("id") UUID id) {
        return trajectories.aftercareContacts(caller.tenant(), id).stream().map(AftercareContactView::of).toList();
    }

    @ServerExceptionMapper
    Response contactDateOutOfRange(DateOutOfRangeException e, UriInfo uri) {
        return ProblemException.invalid("contactOn", e.getMessage()).toResponse(uri.getPath());
    }
}
