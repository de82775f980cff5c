package nl.opstap.trajectory.rest;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import nl.opstap.support.audit.AuditSubjects;
import nl.opstap.support.audit.LegalBases;
import nl.opstap.support.audit.PersonalData;
import nl.opstap.support.problem.Problem;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.problem.ProblemType;
import nl.opstap.support.rest.PageRequest;
import nl.opstap.support.rest.PageResponse;
import nl.opstap.support.rest.QueryParams;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.OrganisationMembers;
import nl.opstap.support.security.Roles;
import nl.opstap.trajectory.domain.DateOutOfRangeException;
import nl.opstap.trajectory.domain.Signal;
import nl.opstap.trajectory.domain.Trajectory;
import nl.opstap.trajectory.domain.TrajectoryStatus;
import nl.opstap.trajectory.domain.UnknownPhaseException;
import nl.opstap.trajectory.service.CaseloadService;
import nl.opstap.trajectory.service.CaseloadService.CaseloadPage;
import nl.opstap.trajectory.service.TrajectoryService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The caseload and a trajectory itself; its plan, reviews, extensions and aftercare have resources of their own. */
@Path("/trajectories")
@Tag(name = "Trajectories", description = "Trajectories, development plans, reviews, extensions, ending and aftercare (nazorg)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CONSULTANT, Roles.JOBCOACH})
public class TrajectoryResource {

    private final TrajectoryService trajectories;
    private final CaseloadService caseload;
    private final OrganisationMembers members;
    private final Caller caller;
    private final AuditSubjects audited;

    TrajectoryResource(TrajectoryService trajectories, CaseloadService caseload, OrganisationMembers members, Caller caller,
            AuditSubjects audited) {
        this.trajectories = trajectories;
        this.caseload = caseload;
        this.members = members;
        this.caller = caller;
        this.audited = audited;
    }

    @GET
    @Operation(summary = "Caseload", description = "Trajectories of your organisation with their signals, soonest maximum end first. "
            + "coach=me gives your own caseload; signal keeps only trajectories with that signal.")
    @PersonalData(category = "trajectory", purpose = TrajectoryAuditSubjects.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public PageResponse<TrajectoryView> list(
            @Parameter(description = "A coach's username, or 'me'") @QueryParam("coach") String coach,
            @Parameter(schema = @Schema(implementation = TrajectoryStatus.class)) @QueryParam("status") String status,
            @QueryParam("phase") String phase,
            @Parameter(description = "The trajectories of one client", schema = @Schema(implementation = UUID.class))
            @QueryParam("clientId") String clientId,
            @Parameter(schema = @Schema(implementation = Signal.Kind.class)) @QueryParam("signal") String signal,
            @BeanParam PageRequest page) {
        String coachFilter = "me".equals(coach) ? caller.name() : coach;
        CaseloadPage shown = caseload.caseload(caller.tenant(), coachFilter,
                QueryParams.enumValue(TrajectoryStatus.class, "status", status), phase, QueryParams.uuid("clientId", clientId),
                QueryParams.enumValue(Signal.Kind.class, "signal", signal), page.index(), page.size());
        shown.items().forEach(s -> audited.add(s.trajectory().clientId));
        return PageResponse.of(shown.items(), page, shown.totalItems(), s -> TrajectoryView.of(s.trajectory(), s.signals()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One trajectory with its signals")
    @PersonalData(category = "trajectory", purpose = TrajectoryAuditSubjects.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public TrajectoryView get(@PathParam("id") UUID id) {
        return view(trajectories.get(caller.tenant(), id));
    }

    @PUT
    @Path("/{id}/coach")
    @RolesAllowed(Roles.CONSULTANT)
    @Operation(summary = "Assign the coach who owns the trajectory",
            description = "The coach must be a jobcoach or consultant of your own organisation (checked against the identity "
                    + "provider); otherwise 422 naming the field coach.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TrajectoryView.class)))
    @APIResponse(responseCode = "422", description = "Not a jobcoach or consultant of your organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = "trajectory", purpose = TrajectoryAuditSubjects.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public TrajectoryView assignCoach(@PathParam("id") UUID id, @NotNull @Valid CoachRequest request) {
        String tenant = caller.tenant();
        String coach = request.coach().strip();
        // Anyone else would take the trajectory out of every real coach's caseload.
        if (!members.holds(tenant, Roles.JOBCOACH, coach) && !members.holds(tenant, Roles.CONSULTANT, coach)) {
            throw new ProblemException(ProblemType.BUSINESS_RULE, null,
                    List.of(new Problem.Violation("coach", "must be a jobcoach or consultant of your organisation")));
        }
        return view(trajectories.assignCoach(tenant, id, coach, caller.name()));
    }

    @PUT
    @Path("/{id}/phase")
    @Operation(summary = "Move to another phase of the programme", description = "Emits TrajectoryPhaseChanged.")
    @PersonalData(category = "trajectory", purpose = TrajectoryAuditSubjects.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public TrajectoryView changePhase(@PathParam("id") UUID id, @NotNull @Valid PhaseRequest request) {
        return view(trajectories.changePhase(caller.tenant(), id, request.phase(), caller.name()));
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed(Roles.CONSULTANT)
    @Operation(summary = "End the trajectory with an outcome", description = "Emits TrajectoryEnded.")
    @PersonalData(category = "trajectory", purpose = TrajectoryAuditSubjects.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public TrajectoryView end(@PathParam("id") UUID id, @NotNull @Valid EndRequest request) {
        return view(trajectories.end(caller.tenant(), id, request.outcome(), request.endedOn(), request.note(), caller.name()));
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "Everything that happened, in order, with who and when")
    @PersonalData(category = "trajectory timeline", purpose = TrajectoryAuditSubjects.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public List<TimelineView> timeline(@PathParam("id") UUID id) {
        return caseload.timeline(caller.tenant(), id).stream().map(TimelineView::of).toList();
    }

    @ServerExceptionMapper
    Response unknownPhase(UnknownPhaseException e, UriInfo uri) {
        return ProblemException.invalid("phase", e.getMessage()).toResponse(uri.getPath());
    }

    /** The only date this resource passes on is the end date. */
    @ServerExceptionMapper
    Response endDateOutOfRange(DateOutOfRangeException e, UriInfo uri) {
        return ProblemException.invalid("endedOn", e.getMessage()).toResponse(uri.getPath());
    }

    private TrajectoryView view(Trajectory t) {
        return TrajectoryView.of(t, caseload.signals(t));
    }
}
