package nl.opstap.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.opstap.matching.domain.match.Ranking;
import nl.opstap.matching.repository.VacancyRepository;
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

@Path("/vacancies")
@Tag(name = "Vacancies", description = "Employers' vacancies as matched, and the best candidates for each")
@Produces(MediaType.APPLICATION_JSON)
public class VacancyResource {

    private final VacancyRepository vacancies;
    private final MatchIndexService index;
    private final AuditSubjects audited;
    private final Caller caller;

    VacancyResource(VacancyRepository vacancies, MatchIndexService index, AuditSubjects audited, Caller caller) {
        this.vacancies = vacancies;
        this.index = index;
        this.audited = audited;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.JOBCOACH, Roles.CONSULTANT})
    @Operation(summary = "List vacancies of your organisation", description = "Most recently published first; closed ones included, with closedOn.")
    public PageResponse<VacancyView> list(@BeanParam PageRequest page) {
        return PageResponse.of(vacancies.publishedInTenant(caller.tenant()), page, VacancyView::of);
    }

    @GET
    @Path("/{vacancyId}")
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.JOBCOACH, Roles.CONSULTANT})
    @Operation(summary = "One vacancy")
    @APIResponse(responseCode = "200", description = "The vacancy")
    public VacancyView get(@PathParam("vacancyId") UUID vacancyId) {
        return vacancies.findPublished(caller.tenant(), vacancyId).map(VacancyView::of)
                .orElseThrow(() -> ProblemException.notFound("Vacancy", vacancyId));
    }

    @GET
    @Path("/{vacancyId}/candidates")
    @RolesAllowed(Roles.ACCOUNT_MANAGER)
    @Operation(summary = "Best candidates for an open vacancy",
            description = "Exact top candidates of your organisation's pool meeting every hard constraint, each explained, "
                    + "and the best near misses failing exactly one. Same data, same order: ties go to the lower client id.")
    @APIResponse(responseCode = "200", description = "The ranking")
    @PersonalData(category = CandidateResource.CATEGORY, purpose = CandidateResource.PURPOSE, legalBasis = LegalBases.HEALTH)
    public RankingView candidates(@PathParam("vacancyId") UUID vacancyId, @BeanParam RankingRequest ranking) {
        Ranking found = index.candidatesFor(caller.tenant(), vacancyId, ranking.limit(), ranking.nearMisses())
                .orElseThrow(() -> ProblemException.notFound("Open vacancy", vacancyId));
        // The gaps speak of each candidate's limits: every candidate shown is on their own audit trail.
        found.matches().forEach(m -> audited.add(m.id()));
        found.nearMisses().forEach(m -> audited.add(m.id()));
        return RankingView.of(found);
    }
}
