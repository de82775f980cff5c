package nl.opstap.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import nl.opstap.matching.repository.CandidateProfileRepository;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.rest.PageRequest;
import nl.opstap.support.rest.PageResponse;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/candidates")
@Tag(name = "Candidates", description = "The pool of admitted clients available for matching, pseudonymous")
@Produces(MediaType.APPLICATION_JSON)
public class CandidateResource {

    private final CandidateProfileRepository profiles;
    private final Caller caller;

    CandidateResource(CandidateProfileRepository profiles, Caller caller) {
        this.profiles = profiles;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.JOBCOACH, Roles.CONSULTANT})
    @Operation(summary = "List candidates of your organisation", description = "Most recently admitted first.")
    public PageResponse<CandidateView> list(
            @BeanParam PageRequest page) {
        return PageResponse.of(profiles.forTenant(caller.tenant()), page, CandidateView::of);
    }

    @GET
    @Path("/{clientId}")
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.JOBCOACH, Roles.CONSULTANT})
    @Operation(summary = "One candidate")
    public CandidateView get(@PathParam("clientId") UUID clientId) {
        return profiles.findInTenant(caller.tenant(), clientId).map(CandidateView::of)
                .orElseThrow(() -> ProblemException.notFound("Candidate", clientId));
    }
}
