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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.opstap.matching.domain.CandidateProfile;
import nl.opstap.matching.domain.Vacancy;
import nl.opstap.matching.domain.placement.Proposal;
import nl.opstap.matching.domain.placement.ProposalStage;
import nl.opstap.matching.repository.CandidateProfileRepository;
import nl.opstap.matching.repository.ProposalRepository;
import nl.opstap.matching.repository.VacancyRepository;
import nl.opstap.matching.service.ProposalService;
import nl.opstap.support.audit.AuditSubjects;
import nl.opstap.support.audit.LegalBases;
import nl.opstap.support.audit.PersonalData;
import nl.opstap.support.problem.Problem;
import nl.opstap.support.rest.PageRequest;
import nl.opstap.support.rest.PageResponse;
import nl.opstap.support.rest.QueryParams;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The employer's side of the placement workflow; the employer is the one named in the token, any other proposal is 404.
 * The anonymous profile is still the client's data: every read and answer is on the client's audit trail.
 */
@Path("/employer/proposals")
@Tag(name = "Employer: proposed candidates", description = "Anonymous candidate profiles proposed for your vacancies, and your answer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYER)
public class EmployerProposalResource {

    private final ProposalService proposals;
    private final ProposalRepository repository;
    private final VacancyRepository vacancies;
    private final CandidateProfileRepository candidates;
    private final AuditSubjects auditSubjects;
    private final Caller caller;

    EmployerProposalResource(ProposalService proposals, ProposalRepository repository, VacancyRepository vacancies,
            CandidateProfileRepository candidates, AuditSubjects auditSubjects, Caller caller) {
        this.proposals = proposals;
        this.repository = repository;
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.auditSubjects = auditSubjects;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Candidates proposed to your organisation", description = "Newest first, each as an anonymous profile.")
    @APIResponse(responseCode = "200", description = "One page of proposals")
    @PersonalData(category = ProposalAuditSubjects.CATEGORY, purpose = CandidateResource.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public PageResponse<EmployerProposalView> list(
            @Parameter(description = "Only in this stage", schema = @Schema(implementation = ProposalStage.class))
            @QueryParam("stage") String stage,
            @BeanParam PageRequest page) {
        var query = repository.ofEmployer(caller.tenant(), caller.employerId(), QueryParams.enumValue(ProposalStage.class, "stage", stage));
        List<Proposal> items = query.page(page.index(), page.size()).list();
        Map<UUID, Vacancy> vacancyById = vacancies.withIds(items.stream().map(p -> p.vacancyId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(v -> v.vacancyId, Function.identity()));
        Map<UUID, CandidateProfile> candidateById = candidates.withIds(items.stream().map(p -> p.clientId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(c -> c.clientId, Function.identity()));
        items.forEach(p -> auditSubjects.add(p.clientId));
        return PageResponse.of(items, page, query.count(),
                p -> view(p, vacancyById.get(p.vacancyId), candidateById.get(p.clientId)));
    }

    @GET
    @Path("/{proposalId}")
    @Operation(summary = "One proposed candidate, anonymously")
    @APIResponse(responseCode = "200", description = "The proposal")
    @PersonalData(category = ProposalAuditSubjects.CATEGORY, purpose = CandidateResource.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public EmployerProposalView get(@PathParam("proposalId") UUID proposalId) {
        return view(proposals.ofEmployer(caller.tenant(), caller.employerId(), proposalId));
    }

    @POST
    @Path("/{proposalId}/interest")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Show interest in a proposed candidate", description = "The account manager can then arrange a trial "
            + "placement or placement, once the client consents to share their identity.")
    @APIResponse(responseCode = "200", description = "The proposal")
    @APIResponse(responseCode = "409", description = "You answered already, or the proposal was withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = ProposalAuditSubjects.CATEGORY, purpose = CandidateResource.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public EmployerProposalView showInterest(@PathParam("proposalId") UUID proposalId) {
        return view(proposals.showInterest(caller.tenant(), caller.employerId(), proposalId));
    }

    @POST
    @Path("/{proposalId}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decline a proposed candidate, with a reason code", description = "Until a trial placement or placement starts.")
    @APIResponse(responseCode = "200", description = "The declined proposal")
    @APIResponse(responseCode = "409", description = "The proposal is past that point",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = ProposalAuditSubjects.CATEGORY, purpose = CandidateResource.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public EmployerProposalView reject(@PathParam("proposalId") UUID proposalId, @NotNull @Valid RejectionRequest request) {
        return view(proposals.reject(caller.tenant(), caller.employerId(), proposalId, request.reason(), request.note()));
    }

    private EmployerProposalView view(Proposal p) {
        return view(p, vacancies.findByIdOptional(p.vacancyId).orElse(null), candidates.findByIdOptional(p.clientId).orElse(null));
    }

    private static EmployerProposalView view(Proposal p, Vacancy vacancy, CandidateProfile candidate) {
        return EmployerProposalView.of(p, vacancy == null ? null : vacancy.title, candidate);
    }
}
