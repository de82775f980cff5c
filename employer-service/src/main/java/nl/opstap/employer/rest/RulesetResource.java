package nl.opstap.employer.rest;

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
import nl.opstap.employer.domain.SroiRuleset;
import nl.opstap.employer.service.RulesetService;
import nl.opstap.support.problem.Problem;
import nl.opstap.support.rest.PageRequest;
import nl.opstap.support.rest.PageResponse;
import nl.opstap.support.rest.QueryParams;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sroi/rulesets")
@Tag(name = "SROI rulesets", description = "Valuation rulesets (building-block tables), versioned; a signed contract keeps its version")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.ADMIN})
public class RulesetResource {

    private final RulesetService rulesetService;
    private final Viewers viewers;

    RulesetResource(RulesetService rulesetService, Viewers viewers) {
        this.rulesetService = rulesetService;
        this.viewers = viewers;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish the next version of a ruleset", description = "Version 1 for a new code; draft contracts follow the newest.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = RulesetView.class)))
    public Response publish(@NotNull @Valid RulesetRequest request) {
        SroiRuleset ruleset = rulesetService.publish(viewers.current(), request.code(), request.region().strip(), request.definition());
        return Response.created(URI.create("/sroi/rulesets/" + ruleset.key.code() + "/versions/" + ruleset.key.version()))
                .entity(RulesetView.of(ruleset)).build();
    }

    @GET
    @Operation(summary = "Every ruleset version", description = "By code, newest version first.")
    @APIResponse(responseCode = "200", description = "One page of ruleset versions")
    public PageResponse<RulesetView> list(@BeanParam PageRequest page) {
        return PageResponse.of(rulesetService.list(viewers.current()), page, RulesetView::of);
    }

    @GET
    @Path("/{code}/versions/{version}")
    @Operation(summary = "One ruleset version", description = "A version never changes once published.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RulesetView.class)))
    @APIResponse(responseCode = "404", description = "No such ruleset version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RulesetView get(@PathParam("code") String code, @PathParam("version") String version) {
        int number = QueryParams.integer("version", version, 1, Integer.MAX_VALUE, 1);
        return RulesetView.of(rulesetService.version(viewers.current().tenant(), code, number));
    }
}
