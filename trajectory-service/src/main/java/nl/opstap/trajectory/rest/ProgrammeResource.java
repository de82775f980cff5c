package nl.opstap.trajectory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import nl.opstap.support.rest.PageRequest;
import nl.opstap.support.rest.PageResponse;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import nl.opstap.trajectory.domain.ProgrammeVersion;
import nl.opstap.trajectory.service.ProgrammeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/programmes")
@Tag(name = "Programmes", description = "The programme catalogue (traject-typen), versioned")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    private final ProgrammeService programmeService;
    private final Caller caller;

    ProgrammeResource(ProgrammeService programmeService, Caller caller) {
        this.programmeService = programmeService;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a new programme (version 1)", description = "Emits ProgrammePublished.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    public Response create(@NotNull @Valid ProgrammeRequest request) {
        ProgrammeVersion published = programmeService.publish(caller.tenant(), caller.name(), null, request.toDefinition());
        return Response.created(URI.create("/programmes/" + published.key.programmeId())).entity(ProgrammeView.of(published)).build();
    }

    @POST
    @Path("/{id}/versions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish the next version of a programme",
            description = "Running trajectories keep the version they started under; new admissions use the newest.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    public Response newVersion(@PathParam("id") UUID id, @NotNull @Valid ProgrammeRequest request) {
        ProgrammeVersion published = programmeService.publish(caller.tenant(), caller.name(), id, request.toDefinition());
        return Response.created(URI.create("/programmes/" + id)).entity(ProgrammeView.of(published)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CONSULTANT, Roles.JOBCOACH})
    @Operation(summary = "The organisation's programmes, newest version of each", description = "Sorted by name.")
    public PageResponse<ProgrammeView> list(
            @BeanParam PageRequest page) {
        return PageResponse.of(programmeService.latestOfTenant(caller.tenant()), page, ProgrammeView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CONSULTANT, Roles.JOBCOACH})
    @Operation(summary = "The newest version of one programme")
    public ProgrammeView get(@PathParam("id") UUID id) {
        return ProgrammeView.of(programmeService.latest(caller.tenant(), id));
    }
}
