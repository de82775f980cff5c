package nl.opstap.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.opstap.matching.repository.CandidateProfileRepository;
import nl.opstap.matching.service.MatchIndexService;
import nl.opstap.support.audit.AuditSubjects;
import nl.opstap.support.audit.LegalBases;
import nl.opstap.support.audit.PersonalData;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.rest.PageRequest;
import nl.opstap.support.rest.PageResponse;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/candidates")
@Tag(name = "Candidates", description = "The pool of admitted clients available for matching, pseudonymous")
@Produces(MediaType.APPLICATION_JSON)
public class CandidateResource {

    /** Why matching processes a candidate's profile, as the audit trail tells the client. */
    static final String PURPOSE = "Matching the client to vacancies and placing them with an employer";
    static final String CATEGORY = "candidate profile, incl. health-related limits";

    private final CandidateProfileRepository profiles;
    private final MatchIndexService index;
    private final AuditSubjects audited;
    private final Caller caller;

    CandidateResource(CandidateProfileRepository profiles, MatchIndexService index, AuditSubjects audited, Caller caller) {
        this.profiles = profiles;
        this.index = index;
        this.audited = audited;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.JOBCOACH, Roles.CONSULTANT})
    @Operation(summary = "List candidates of your organisation", description = "Most recently admitted first.")
    @PersonalData(category = CATEGORY, purpose = PURPOSE, legalBasis = LegalBases.HEALTH)
    public PageResponse<CandidateView> list(
            @BeanParam PageRequest page) {
        PageResponse<CandidateView> shown = PageResponse.of(profiles.forTenant(caller.tenant()), page, CandidateView::of);
        shown.items().forEach(c -> audited.add(c.clientId()));
        return shown;
    }

    @GET
    @Path("/{clientId}")
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.JOBCOACH, Roles.CONSULTANT})
    @Operation(summary = "One candidate")
    @PersonalData(category = CATEGORY, purpose = PURPOSE, legalBasis = LegalBases.HEALTH)
    public CandidateView get(@PathParam("clientId") UUID clientId) {
        return profiles.findInTenant(caller.tenant(), clientId).map(CandidateView::of)
                .orElseThrow(() -> ProblemException.notFound("Candidate", clientId));
    }

    @GET
    @Path("/{clientId}/vacancies")
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.JOBCOACH, Roles.CONSULTANT})
    @Operation(summary = "Best open vacancies for an available candidate",
            description = "Exact top vacancies of your organisation meeting every hard constraint, each explained, and the best "
                    + "near misses failing exactly one. Ties go to the lower vacancy id. 404 when the candidate is not in the pool.")
    @APIResponse(responseCode = "200", description = "The ranking")
    @PersonalData(category = CATEGORY, purpose = PURPOSE, legalBasis = LegalBases.HEALTH)
    public RankingView vacancies(@PathParam("clientId") UUID clientId, @BeanParam RankingRequest ranking) {
        return index.vacanciesFor(caller.tenant(), clientId, ranking.limit(), ranking.nearMisses()).map(RankingView::of)
                .orElseThrow(() -> ProblemException.notFound("Available candidate", clientId));
    }
}
