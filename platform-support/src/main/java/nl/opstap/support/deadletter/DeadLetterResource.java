package nl.opstap.support.deadletter;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.opstap.support.rest.QueryParams;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every service that consumes events has a dead-letter topic; its admins see and re-drive their own dead letters. */
@Path("/admin/dead-letters")
@Tag(name = "Dead letters", description = "Events this service could not process, and their re-drive after a fix")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class DeadLetterResource {

    private final DeadLetterQueue queue;
    private final Caller caller;

    DeadLetterResource(DeadLetterQueue queue, Caller caller) {
        this.queue = queue;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The organisation's dead letters waiting for a re-drive",
            description = "Oldest first per partition, or those of one event. Shows where each event came from, its id and type and why it "
                    + "failed; the event itself stays on its source topic. Only the caller's organisation's events.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeadLetterPage.class)))
    public DeadLetterPage pending(
            @Parameter(description = "How many to list, 1-200 (default 50); 'pending' counts all")
            @QueryParam("limit") String limit,
            @Parameter(description = "Only the dead letter(s) of this event id (the envelope id)")
            @QueryParam("eventId") String eventId) {
        UUID only = QueryParams.uuid("eventId", eventId);
        return queue.pending(caller.tenant(), only == null ? null : only.toString(),
                QueryParams.integer("limit", limit, 1, 200, 50));
    }

    @POST
    @Path("/redrive")
    @Operation(summary = "Send the organisation's dead letters back to their source topics",
            description = "Use after the cause is fixed. Every consumer deduplicates on the event id, so services that "
                    + "processed an event before skip it; the one that failed processes it now. Each dead letter is "
                    + "re-driven once (recorded with who and when): a second call re-drives only what arrived since. "
                    + "If this service fails on the event again, it is dead-lettered again and shows up here anew.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RedriveResult.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not answer in time; nothing was lost, try again")
    public RedriveResult redrive(
            @Parameter(description = "Re-drive only the dead letter(s) of this event id (the envelope id); all pending when absent")
            @QueryParam("eventId") String eventId) {
        UUID only = QueryParams.uuid("eventId", eventId);
        return queue.redrive(caller.tenant(), only == null ? null : only.toString(), caller.name());
    }
}
