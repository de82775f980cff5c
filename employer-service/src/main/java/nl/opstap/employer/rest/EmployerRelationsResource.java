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
import java.util.UUID;
import nl.opstap.employer.service.EmployerService;
import nl.opstap.support.problem.Problem;
import nl.opstap.support.rest.PageRequest;
import nl.opstap.support.rest.PageResponse;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The account manager's relationship with an employer: the contact log and the agreements made. */
@Path("/employers/{employerId}")
@Tag(name = "Employer relations", description = "Contact log and agreements with an employer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.ADMIN})
public class EmployerRelationsResource {

    private final EmployerService employerService;
    private final Viewers viewers;

    EmployerRelationsResource(EmployerService employerService, Viewers viewers) {
        this.employerService = employerService;
        this.viewers = viewers;
    }

    @POST
    @Path("/contacts")
    @Operation(summary = "Log a contact with the employer", description = "The caller is recorded as the account manager.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ContactMomentView.class)))
    @APIResponse(responseCode = "404", description = "No such employer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response logContact(@PathParam("employerId") UUID employerId, @NotNull @Valid ContactMomentRequest request) {
        var moment = employerService.recordContact(viewers.current(), employerId, request.contactedOn(), request.subject().strip(),
                request.nextStep());
        return Response.status(Response.Status.CREATED).entity(ContactMomentView.of(moment)).build();
    }

    @GET
    @Path("/contacts")
    @Operation(summary = "The contact log", description = "Newest contact first.")
    @APIResponse(responseCode = "200", description = "One page of the log")
    public PageResponse<ContactMomentView> contactLog(@PathParam("employerId") UUID employerId, @BeanParam PageRequest page) {
        page.index(); // a malformed page is a 400 even for an id that does not exist
        return PageResponse.of(employerService.contactLog(viewers.current(), employerId), page, ContactMomentView::of);
    }

    @POST
    @Path("/agreements")
    @Operation(summary = "Make an agreement", description = "E.g. two work-experience places a year; realisations are counted on it.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "404", description = "No such employer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response agree(@PathParam("employerId") UUID employerId, @NotNull @Valid AgreementRequest request) {
        var agreement = employerService.agree(viewers.current(), employerId, request.description().strip(), request.perYear(), request.year());
        return Response.status(Response.Status.CREATED).entity(AgreementView.of(agreement)).build();
    }

    @GET
    @Path("/agreements")
    @Operation(summary = "The agreements with the employer", description = "Newest year first, each with its realised count.")
    @APIResponse(responseCode = "200", description = "One page of agreements")
    public PageResponse<AgreementView> agreements(@PathParam("employerId") UUID employerId, @BeanParam PageRequest page) {
        page.index(); // a malformed page is a 400 even for an id that does not exist
        return PageResponse.of(employerService.agreements(viewers.current(), employerId), page, AgreementView::of);
    }

    @POST
    @Path("/agreements/{agreementId}/realisations")
    @Operation(summary = "Count realisations on an agreement", description = "Adds the count; a negative count corrects, never below zero.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "409", description = "The count would drop below zero",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementView realise(@PathParam("employerId") UUID employerId, @PathParam("agreementId") UUID agreementId,
            @NotNull @Valid RealisationRequest request) {
        return AgreementView.of(employerService.realise(viewers.current(), employerId, agreementId, request.count()));
    }
}
