package nl.opstap.employer.rest;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import nl.opstap.employer.domain.Employer;
import nl.opstap.employer.repository.EmployerSearch;
import nl.opstap.employer.service.EmployerService;
import nl.opstap.support.problem.Problem;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.rest.PageRequest;
import nl.opstap.support.rest.PageResponse;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/employers")
@Tag(name = "Employers", description = "Employers offering proefplaatsingen, werkervaringsplekken and jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmployerResource {

    private final EmployerService employerService;
    private final Viewers viewers;
    private final Caller caller;

    EmployerResource(EmployerService employerService, Viewers viewers, Caller caller) {
        this.employerService = employerService;
        this.viewers = viewers;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.ADMIN})
    @Operation(summary = "Register an employer", description = "The KvK number is unique within the organisation; a repeat is 409.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = EmployerView.class)))
    @APIResponse(responseCode = "409", description = "KvK number already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid EmployerRequest request) {
        Employer employer = employerService.register(caller.tenant(), caller.name(), request.toProfile());
        return Response.created(URI.create("/employers/" + employer.id)).entity(EmployerView.of(employer)).build();
    }

    @GET
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.ADMIN, Roles.JOBCOACH, Roles.CONSULTANT})
    @Operation(summary = "Search the organisation's employers",
            description = "Every filter given must match. Sorted by name unless `sort` says otherwise.")
    @APIResponse(responseCode = "200", description = "One page of employers")
    public PageResponse<EmployerView> search(
            @Parameter(description = "Part of the name, any case") @QueryParam("name") String name,
            @Parameter(description = "SBI code or its first digits: 81 finds 8130") @QueryParam("sbiCode") String sbiCode,
            @Parameter(description = "Four postcode digits: the main address or any location") @QueryParam("postcodeArea") String postcodeArea,
            @Parameter(description = "Network name, exactly") @QueryParam("network") String network,
            @Parameter(description = "Sort order", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"name", "-name", "createdAt", "-createdAt"}, defaultValue = "name")) @QueryParam("sort") String sort,
            @BeanParam PageRequest page) {
        EmployerSearch search = new EmployerSearch(
                text("name", name, ".{1,200}", "must be 1 to 200 characters"),
                text("sbiCode", sbiCode, "[0-9]{1,5}", "must be 1 to 5 digits of an SBI code"),
                text("postcodeArea", postcodeArea, "[1-9][0-9]{3}", "must be the four digits of a Dutch postcode"),
                text("network", network, ".{1,100}", "must be 1 to 100 characters"));
        return PageResponse.of(employerService.search(viewers.current(), search, sort(sort)), page, EmployerView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.ADMIN, Roles.JOBCOACH, Roles.CONSULTANT, Roles.EMPLOYER})
    @Operation(summary = "One employer", description = "An employer user sees its own organisation only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EmployerView.class)))
    @APIResponse(responseCode = "404", description = "No such employer for this caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EmployerView get(@PathParam("id") UUID id) {
        return EmployerView.of(employerService.get(viewers.current(), id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.ADMIN, Roles.EMPLOYER})
    @Operation(summary = "Change an employer", description = "Replaces the description; an employer user changes its own organisation only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EmployerView.class)))
    @APIResponse(responseCode = "404", description = "No such employer for this caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another employer has this KvK number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EmployerView change(@PathParam("id") UUID id, @NotNull @Valid EmployerRequest request) {
        return EmployerView.of(employerService.change(viewers.current(), id, request.toProfile()));
    }

    private static String text(String name, String value, String pattern, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (!stripped.matches(pattern)) {
            throw ProblemException.invalid(name, expected);
        }
        return stripped;
    }

    private static Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return Sort.by("name");
        }
        return switch (sort.strip()) {
            case "name" -> Sort.by("name");
            case "-name" -> Sort.descending("name");
            case "createdAt" -> Sort.by("createdAt");
            case "-createdAt" -> Sort.descending("createdAt");
            default -> throw ProblemException.invalid("sort", "must be one of name, -name, createdAt, -createdAt");
        };
    }
}
