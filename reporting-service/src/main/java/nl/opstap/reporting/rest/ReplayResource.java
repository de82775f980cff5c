package nl.opstap.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.opstap.reporting.domain.ReplayProgress;
import nl.opstap.reporting.service.ProjectionReplay;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/projection-replay")
@Tag(name = "Projection replay", description = "Rebuilding the journey facts from the beginning of the topics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ReplayResource {

    private final ProjectionReplay replay;

    ReplayResource(ProjectionReplay replay) {
        this.replay = replay;
    }

    @POST
    @Operation(summary = "Rebuild the projection from the topics", description = """
            Reads every source topic from its beginning into fresh tables and swaps them in once it has read what \
            was on the topics at the start; KPIs keep being answered from the current tables meanwhile, and events \
            arriving during the replay go into both. The projection is the service's, for every organisation; the \
            progress shows counts only.""")
    @APIResponse(responseCode = "202", description = "Started; follow it with GET",
            content = @Content(schema = @Schema(implementation = ReplayProgress.class)))
    @APIResponse(responseCode = "409", description = "A replay is already running")
    public Response start() {
        return Response.accepted(replay.start()).build();
    }

    @GET
    @Operation(summary = "Progress of the latest replay", description = "Events done, events per second and estimated time left.")
    @APIResponse(responseCode = "200", description = "The progress")
    public ReplayProgress progress() {
        return replay.progress();
    }
}
