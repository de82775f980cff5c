package nl.opstap.matching.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import nl.opstap.matching.domain.placement.Proposal;
import nl.opstap.matching.domain.placement.ProposalStage;
import nl.opstap.matching.repository.ProposalRepository;
import nl.opstap.matching.service.ProposalService;
import nl.opstap.support.audit.AuditSubjects;
import nl.opstap.support.audit.LegalBases;
import nl.opstap.support.audit.PersonalData;
import nl.opstap.support.problem.Problem;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.rest.PageRequest;
import nl.opstap.support.rest.PageResponse;
import nl.opstap.support.rest.QueryParams;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/proposals")
@Tag(name = "Proposals and placements", description = """
        The placement workflow: propose a candidate for a vacancy, record the client's consent to share their identity, \
        trial placement, placement and its end. The employer answers through /employer/proposals.""")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ACCOUNT_MANAGER)
public class ProposalResource {

    private final ProposalService proposals;
    private final ProposalRepository repository;
    private final AuditSubjects auditSubjects;
    private final Caller caller;

    ProposalResource(ProposalService proposals, ProposalRepository repository, AuditSubjects auditSubjects, Caller caller) {
        this.proposals = proposals;
        this.repository = repository;
        this.auditSubjects = auditSubjects;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Propose a candidate for a vacancy",
            description = "The vacancy must be open and the candidate in your organisation's pool; one open proposal per candidate "
                    + "and vacancy. The employer sees an anonymous profile from now on.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "409", description = "The vacancy is closed, the candidate is not in the pool, or proposed already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = ProposalAuditSubjects.CATEGORY, purpose = CandidateResource.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public Response propose(@NotNull @Valid ProposalRequest request) {
        Proposal proposal = proposals.propose(caller.tenant(), caller.name(), request.vacancyId(), request.clientId(), request.note());
        auditSubjects.add(proposal.clientId);
        return Response.created(URI.create("/proposals/" + proposal.id)).entity(ProposalView.of(proposal)).build();
    }

    @GET
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.JOBCOACH})
    @Operation(summary = "List your organisation's proposals", description = "Newest first; filter by vacancy, stage or proposer.")
    @APIResponse(responseCode = "200", description = "One page of proposals")
    @PersonalData(category = ProposalAuditSubjects.CATEGORY, purpose = CandidateResource.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public PageResponse<ProposalView> list(
            @Parameter(description = "Only for this vacancy", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("vacancyId") String vacancyId,
            @Parameter(description = "Only in this stage", schema = @Schema(implementation = ProposalStage.class))
            @QueryParam("stage") String stage,
            @Parameter(description = "Only proposed by this account manager (user name)", schema = @Schema(maxLength = 200))
            @QueryParam("proposedBy") String proposedBy,
            @BeanParam PageRequest page) {
        if (proposedBy != null && proposedBy.length() > 200) {
            throw ProblemException.invalid("proposedBy", "at most 200 characters");
        }
        return PageResponse.of(repository.search(caller.tenant(), QueryParams.uuid("vacancyId", vacancyId),
                QueryParams.enumValue(ProposalStage.class, "stage", stage), proposedBy), page, proposal -> {
                    auditSubjects.add(proposal.clientId);
                    return ProposalView.of(proposal);
                });
    }

    @GET
    @Path("/{proposalId}")
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.JOBCOACH})
    @Operation(summary = "One proposal")
    @APIResponse(responseCode = "200", description = "The proposal")
    @PersonalData(category = ProposalAuditSubjects.CATEGORY, purpose = CandidateResource.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public ProposalView get(@PathParam("proposalId") UUID proposalId) {
        return ProposalView.of(proposals.get(caller.tenant(), proposalId));
    }

    @POST
    @Path("/{proposalId}/consent")
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.JOBCOACH})
    @Operation(summary = "Record the client's consent to share their identity with the employer",
            description = "Once per proposal, with the date and who records it (you). Publishes IdentitySharingConsented; from then on "
                    + "intake-service tells this employer the client's name. A trial placement or placement needs it.")
    @APIResponse(responseCode = "200", description = "The proposal with its consent")
    @APIResponse(responseCode = "409", description = "Consent was recorded already, or the proposal has ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = ProposalAuditSubjects.CATEGORY, purpose = CandidateResource.PURPOSE, legalBasis = LegalBases.CONSENT)
    public ProposalView recordConsent(@PathParam("proposalId") UUID proposalId, @NotNull @Valid ConsentRequest request) {
        return ProposalView.of(proposals.recordConsent(caller.tenant(), caller.name(), proposalId, request.consentedOn()));
    }

    @POST
    @Path("/{proposalId}/withdrawal")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Withdraw a proposal", description = "Before a trial placement or placement starts.")
    @APIResponse(responseCode = "200", description = "The withdrawn proposal")
    @APIResponse(responseCode = "409", description = "The proposal is past that point",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = ProposalAuditSubjects.CATEGORY, purpose = CandidateResource.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public ProposalView withdraw(@PathParam("proposalId") UUID proposalId) {
        return ProposalView.of(proposals.withdraw(caller.tenant(), proposalId));
    }

    @POST
    @Path("/{proposalId}/trial-placement")
    @Operation(summary = "Start a trial placement (proefplaatsing)",
            description = "After the employer's interest and the client's consent. Publishes TrialPlacementStarted.")
    @APIResponse(responseCode = "200", description = "The proposal in trial placement")
    @APIResponse(responseCode = "409", description = "No interest or no consent yet, or the proposal is past that point",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = ProposalAuditSubjects.CATEGORY, purpose = CandidateResource.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public ProposalView startTrial(@PathParam("proposalId") UUID proposalId, @NotNull @Valid TrialPlacementRequest request) {
        return ProposalView.of(proposals.startTrial(caller.tenant(), proposalId, request.startsOn(), request.plannedEndOn()));
    }

    @POST
    @Path("/{proposalId}/trial-placement/evaluation")
    @Operation(summary = "Evaluate the trial placement", description = "Once. HIRE allows the placement; NO_HIRE ends the proposal.")
    @APIResponse(responseCode = "200", description = "The proposal with the evaluation")
    @APIResponse(responseCode = "409", description = "No running trial placement, or evaluated already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = ProposalAuditSubjects.CATEGORY, purpose = CandidateResource.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public ProposalView evaluateTrial(@PathParam("proposalId") UUID proposalId, @NotNull @Valid TrialEvaluationRequest request) {
        return ProposalView.of(proposals.evaluateTrial(caller.tenant(), proposalId, request.outcome(), request.evaluatedOn(),
                request.evaluation()));
    }

    @POST
    @Path("/{proposalId}/placement")
    @Operation(summary = "Place the candidate",
            description = "After the employer's interest, or after a trial placement evaluated as HIRE; needs the client's consent. One "
                    + "placement per candidate at a time. Publishes ClientPlaced: the candidate leaves the pool and the trajectory "
                    + "moves to aftercare.")
    @APIResponse(responseCode = "200", description = "The placed proposal")
    @APIResponse(responseCode = "409", description = "Not at that point, no consent, or the candidate is placed already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = ProposalAuditSubjects.CATEGORY, purpose = CandidateResource.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public ProposalView place(@PathParam("proposalId") UUID proposalId, @NotNull @Valid PlacementRequest request) {
        return ProposalView.of(proposals.place(caller.tenant(), proposalId, request.toContract()));
    }

    @POST
    @Path("/{proposalId}/placement/end")
    @Operation(summary = "End the placement", description = "Publishes PlacementEnded: the candidate returns to the pool while the "
            + "trajectory runs, and SROI crediting stops.")
    @APIResponse(responseCode = "200", description = "The proposal with the ended placement")
    @APIResponse(responseCode = "409", description = "No running placement",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = ProposalAuditSubjects.CATEGORY, purpose = CandidateResource.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public ProposalView endPlacement(@PathParam("proposalId") UUID proposalId, @NotNull @Valid PlacementEndRequest request) {
        return ProposalView.of(proposals.endPlacement(caller.tenant(), proposalId, request.reason(), request.endedOn()));
    }
}
