package nl.opstap.employer.rest;

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
import nl.opstap.employer.domain.CloseReason;
import nl.opstap.employer.domain.Vacancy;
import nl.opstap.employer.domain.VacancyStatus;
import nl.opstap.employer.service.VacancyService;
import nl.opstap.support.problem.Problem;
import nl.opstap.support.rest.PageRequest;
import nl.opstap.support.rest.PageResponse;
import nl.opstap.support.rest.QueryParams;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/vacancies")
@Tag(name = "Vacancies", description = "Vacancies and places: draft, published for matching (VacancyPublished), closed (VacancyClosed)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.ADMIN, Roles.EMPLOYER})
public class VacancyResource {

    private final VacancyService vacancyService;
    private final Viewers viewers;

    VacancyResource(VacancyService vacancyService, Viewers viewers) {
        this.vacancyService = vacancyService;
        this.viewers = viewers;
    }

    @POST
    @Operation(summary = "Draft a vacancy", description = "Nothing is published until POST /vacancies/{id}/publish.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "404", description = "No such employer for this caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Minimum hours above the maximum, or the end before the start",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response draft(@NotNull @Valid VacancyCreateRequest request) {
        Vacancy vacancy = vacancyService.draft(viewers.current(), request.employerId(), request.vacancy().toDetails());
        return Response.created(URI.create("/vacancies/" + vacancy.id)).entity(VacancyView.of(vacancy)).build();
    }

    @GET
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.ADMIN, Roles.EMPLOYER, Roles.JOBCOACH, Roles.CONSULTANT})
    @Operation(summary = "List vacancies", description = "Newest first. An employer user gets its own organisation's only.")
    @APIResponse(responseCode = "200", description = "One page of vacancies")
    public PageResponse<VacancyView> list(
            @Parameter(description = "Only this employer's", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("employerId") String employerId,
            @Parameter(description = "Only vacancies in this status", schema = @Schema(implementation = VacancyStatus.class))
            @QueryParam("status") String status,
            @BeanParam PageRequest page) {
        return PageResponse.of(vacancyService.search(viewers.current(), QueryParams.uuid("employerId", employerId),
                QueryParams.enumValue(VacancyStatus.class, "status", status)), page, VacancyView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.ADMIN, Roles.EMPLOYER, Roles.JOBCOACH, Roles.CONSULTANT})
    @Operation(summary = "One vacancy", description = "An employer user sees its own organisation's vacancies only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "404", description = "No such vacancy for this caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VacancyView get(@PathParam("id") UUID id) {
        return VacancyView.of(vacancyService.get(viewers.current(), id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a vacancy", description = "A published vacancy is published again (VacancyPublished) with the change.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "409", description = "The vacancy is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A published vacancy lost its additionality statement, or hours/dates disagree",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VacancyView change(@PathParam("id") UUID id, @NotNull @Valid VacancyRequest request) {
        return VacancyView.of(vacancyService.change(viewers.current(), id, request.toDetails()));
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Publish a draft for matching", description = "Emits VacancyPublished. Needs the additionality statement.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "409", description = "Not a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No additionality statement, or the end date has passed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VacancyView publish(@PathParam("id") UUID id) {
        return VacancyView.of(vacancyService.publish(viewers.current(), id));
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close a vacancy", description = "Filled or withdrawn; a published vacancy emits VacancyClosed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "409", description = "Closed already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VacancyView close(@PathParam("id") UUID id, @NotNull @Valid CloseRequest request) {
        return VacancyView.of(vacancyService.close(viewers.current(), id, CloseReason.valueOf(request.reason().name())));
    }
}
