package nl.opstap.trajectory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import nl.opstap.trajectory.service.CaseloadService;
import nl.opstap.trajectory.service.TrajectoryService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/signals/digest")
@Tag(name = "Trajectories")
@Produces(MediaType.APPLICATION_JSON)
public class SignalDigestResource {

    private final CaseloadService caseload;
    private final TrajectoryService trajectories;
    private final Caller caller;

    SignalDigestResource(CaseloadService caseload, TrajectoryService trajectories, Caller caller) {
        this.caseload = caseload;
        this.trajectories = trajectories;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.CONSULTANT, Roles.JOBCOACH})
    @Operation(summary = "The latest daily signal list of a coach", description = "Computed each morning; coach defaults to you. "
            + "Before the first computation, or for a coach with nothing signalled, the list is empty and dated today "
            + "(the Amsterdam date), with no computedAt.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SignalDigestView.class)))
    public SignalDigestView digest(@Parameter(description = "A coach's username; default yourself") @QueryParam("coach") String coach) {
        String who = coach == null || coach.isBlank() || "me".equals(coach) ? caller.name() : coach;
        return caseload.latestDigest(caller.tenant(), who).map(SignalDigestView::of)
                .orElseGet(() -> SignalDigestView.empty(who, trajectories.today()));
    }
}
