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
import java.util.UUID;
import nl.opstap.employer.domain.Employer;
import nl.opstap.employer.repository.EmployerRepository;
import nl.opstap.employer.service.EmployerService;
import nl.opstap.support.problem.Problem;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.rest.PageRequest;
import nl.opstap.support.rest.PageResponse;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/employers")
@Tag(name = "Employers", description = "Employers offering proefplaatsingen, werkervaringsplekken and jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmployerResource {

    private final EmployerService employerService;
    private final EmployerRepository employers;
    private final Caller caller;

    EmployerResource(EmployerService employerService, EmployerRepository employers, Caller caller) {
        this.employerService = employerService;
        this.employers = employers;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ACCOUNT_MANAGER)
    @Operation(summary = "Register an employer")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = EmployerView.class)))
    @APIResponse(responseCode = "409", description = "KvK number already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid EmployerRequest request) {
        Employer employer = employerService.register(caller.tenant(), caller.name(), request.name().strip(), request.kvkNumber(),
                request.postcodeArea(), request.sector());
        return Response.created(URI.create("/employers/" + employer.id)).entity(EmployerView.of(employer)).build();
    }

    @GET
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.JOBCOACH, Roles.CONSULTANT})
    @Operation(summary = "List the organisation's employers", description = "Sorted by name.")
    public PageResponse<EmployerView> list(
            @BeanParam PageRequest page) {
        return PageResponse.of(employers.forTenant(caller.tenant()), page, EmployerView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.JOBCOACH, Roles.CONSULTANT})
    @Operation(summary = "One employer")
    public EmployerView get(@PathParam("id") UUID id) {
        return employers.findInTenant(caller.tenant(), id).map(EmployerView::of)
                .orElseThrow(() -> ProblemException.notFound("Employer", id));
    }
}
