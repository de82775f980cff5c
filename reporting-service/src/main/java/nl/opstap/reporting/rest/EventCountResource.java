package nl.opstap.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.opstap.reporting.repository.EventTallyRepository;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/event-counts")
@Tag(name = "Event stream", description = "What the platform has recorded, per event type")
@Produces(MediaType.APPLICATION_JSON)
public class EventCountResource {

    private final EventTallyRepository tallies;
    private final Caller caller;

    EventCountResource(EventTallyRepository tallies, Caller caller) {
        this.tallies = tallies;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Events per type for your organisation", description = "Each event counted once, however often delivered.")
    @APIResponse(responseCode = "200", description = "One entry per event type seen")
    public List<EventCount> counts() {
        return tallies.forTenant(caller.tenant()).stream()
                .map(t -> new EventCount(t.key.eventType(), t.eventCount, t.lastEventAt))
                .toList();
    }
}
