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
import java.util.List;
import java.util.UUID;
import nl.opstap.support.problem.Problem;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.problem.ProblemType;
import nl.opstap.support.rest.PageRequest;
import nl.opstap.support.rest.PageResponse;
import nl.opstap.support.rest.QueryParams;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.OrganisationMembers;
import nl.opstap.support.security.Roles;
import nl.opstap.trajectory.domain.Extension;
import nl.opstap.trajectory.domain.ExtensionStatus;
import nl.opstap.trajectory.domain.Signal;
import nl.opstap.trajectory.domain.Trajectory;
import nl.opstap.trajectory.domain.TrajectoryStatus;
import nl.opstap.trajectory.rest.TrajectoryRequests.AftercareContactRequest;
import nl.opstap.trajectory.rest.TrajectoryRequests.CoachRequest;
import nl.opstap.trajectory.rest.TrajectoryRequests.EndRequest;
import nl.opstap.trajectory.rest.TrajectoryRequests.ExtensionRequest;
import nl.opstap.trajectory.rest.TrajectoryRequests.GoalRequest;
import nl.opstap.trajectory.rest.TrajectoryRequests.GoalStatusRequest;
import nl.opstap.trajectory.rest.TrajectoryRequests.PhaseRequest;
import nl.opstap.trajectory.rest.TrajectoryRequests.PlanRequest;
import nl.opstap.trajectory.rest.TrajectoryRequests.RefusalRequest;
import nl.opstap.trajectory.rest.TrajectoryRequests.ReviewRequest;
import nl.opstap.trajectory.rest.TrajectoryRequests.SignatureRequest;
import nl.opstap.trajectory.rest.TrajectoryViews.AftercareContactView;
import nl.opstap.trajectory.rest.TrajectoryViews.ExtensionView;
import nl.opstap.trajectory.rest.TrajectoryViews.PlanView;
import nl.opstap.trajectory.rest.TrajectoryViews.ReviewView;
import nl.opstap.trajectory.rest.TrajectoryViews.TimelineView;
import nl.opstap.trajectory.rest.TrajectoryViews.TrajectoryView;
import nl.opstap.trajectory.service.CaseloadService;
import nl.opstap.trajectory.service.CaseloadService.TrajectoryWithSignals;
import nl.opstap.trajectory.service.ExtensionService;
import nl.opstap.trajectory.service.PlanService;
import nl.opstap.trajectory.service.ReviewService;
import nl.opstap.trajectory.service.TrajectoryService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/trajectories")
@Tag(name = "Trajectories", description = "Trajectories, development plans, reviews, extensions, ending and aftercare (nazorg)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CONSULTANT, Roles.JOBCOACH})
public class TrajectoryResource {

    private final TrajectoryService trajectories;
    private final CaseloadService caseload;
    private final PlanService plans;
    private final ReviewService reviews;
    private final ExtensionService extensions;
    private final OrganisationMembers members;
    private final Caller caller;

    TrajectoryResource(TrajectoryService trajectories, CaseloadService caseload, PlanService plans, ReviewService reviews,
            ExtensionService extensions, OrganisationMembers members, Caller caller) {
        this.members = members;
        this.trajectories = trajectories;
        this.caseload = caseload;
        this.plans = plans;
        this.reviews = reviews;
        this.extensions = extensions;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Caseload", description = "Trajectories of your organisation with their signals, soonest maximum end first. "
            + "coach=me gives your own caseload; signal keeps only trajectories with that signal.")
    public PageResponse<TrajectoryView> list(
            @Parameter(description = "A coach's username, or 'me'") @QueryParam("coach") String coach,
            @Parameter(schema = @Schema(implementation = TrajectoryStatus.class)) @QueryParam("status") String status,
            @QueryParam("phase") String phase,
            @Parameter(description = "The trajectories of one client", schema = @Schema(implementation = UUID.class))
            @QueryParam("clientId") String clientId,
            @Parameter(schema = @Schema(implementation = Signal.Kind.class)) @QueryParam("signal") String signal,
            @BeanParam PageRequest page) {
        String coachFilter = "me".equals(coach) ? caller.name() : coach;
        List<TrajectoryWithSignals> all = caseload.caseload(caller.tenant(), coachFilter,
                QueryParams.enumValue(TrajectoryStatus.class, "status", status), phase, QueryParams.uuid("clientId", clientId),
                QueryParams.enumValue(Signal.Kind.class, "signal", signal));
        // Signals are computed, not stored, so a signal filter pages in memory; a caseload is hundreds, not millions.
        List<TrajectoryWithSignals> pageItems = page.slice(all);
        return PageResponse.of(pageItems, page, all.size(), s -> TrajectoryView.of(s.trajectory(), s.signals()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One trajectory with its signals")
    public TrajectoryView get(@PathParam("id") UUID id) {
        return view(trajectories.get(caller.tenant(), id));
    }

    @PUT
    @Path("/{id}/coach")
    @RolesAllowed(Roles.CONSULTANT)
    @Operation(summary = "Assign the coach who owns the trajectory",
            description = "The coach must be a jobcoach or consultant of your own organisation (checked against the identity "
                    + "provider); otherwise 422 naming the field coach.")
    @APIResponse(responseCode = "422", description = "Not a jobcoach or consultant of your organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    public TrajectoryView changePhase(@PathParam("id") UUID id, @NotNull @Valid PhaseRequest request) {
        return view(trajectories.changePhase(caller.tenant(), id, request.phase(), caller.name()));
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed(Roles.CONSULTANT)
    @Operation(summary = "End the trajectory with an outcome", description = "Emits TrajectoryEnded.")
    public TrajectoryView end(@PathParam("id") UUID id, @NotNull @Valid EndRequest request) {
        return view(trajectories.end(caller.tenant(), id, request.outcome(), request.endedOn(), request.note(), caller.name()));
    }

    @GET
    @Path("/{id}/plan")
    @Operation(summary = "The current development plan")
    public PlanView plan(@PathParam("id") UUID id) {
        return plans.current(caller.tenant(), id).map(PlanView::of).orElseThrow(() -> ProblemException.notFound("Development plan of trajectory", id));
    }

    @PUT
    @Path("/{id}/plan")
    @Operation(summary = "Write the development plan",
            description = "A material change (priority or any goal's content) makes a new version that client and coach must sign again; "
                    + "the same content changes nothing.")
    public PlanView writePlan(@PathParam("id") UUID id, @NotNull @Valid PlanRequest request) {
        return PlanView.of(plans.write(caller.tenant(), id, request.priority(), request.goals().stream().map(GoalRequest::toDraft).toList(),
                caller.name()));
    }

    @POST
    @Path("/{id}/plan/signatures")
    @Operation(summary = "Record a signature on the current plan version (client or coach)")
    public PlanView sign(@PathParam("id") UUID id, @NotNull @Valid SignatureRequest request) {
        return PlanView.of(plans.sign(caller.tenant(), id, request.signer(), caller.name()));
    }

    @PUT
    @Path("/{id}/plan/goals/{goalId}/status")
    @Operation(summary = "Set a goal's status (progress is not a material change)")
    public PlanView goalStatus(@PathParam("id") UUID id, @PathParam("goalId") UUID goalId, @NotNull @Valid GoalStatusRequest request) {
        return PlanView.of(plans.setGoalStatus(caller.tenant(), id, goalId, request.status(), caller.name()));
    }

    @POST
    @Path("/{id}/reviews")
    @Operation(summary = "Record a progress review", description = "Sets the next review date (given, or from the programme's schedule).")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    public Response review(@PathParam("id") UUID id, @NotNull @Valid ReviewRequest request) {
        var review = reviews.record(caller.tenant(), id, request.heldOn(),
                request.participants().stream().map(p -> new ReviewService.Participant(p.role(), p.name())).toList(),
                request.goalProgress() == null ? List.of()
                        : request.goalProgress().stream().map(g -> new ReviewService.GoalProgress(g.goalId(), g.status(), g.note())).toList(),
                request.decision(), request.nextReviewOn(), request.notes(), caller.name());
        return Response.status(Response.Status.CREATED).entity(ReviewView.of(review)).build();
    }

    @GET
    @Path("/{id}/reviews")
    @Operation(summary = "Reviews, oldest first")
    public List<ReviewView> reviews(@PathParam("id") UUID id) {
        return reviews.ofTrajectory(caller.tenant(), id).stream().map(ReviewView::of).toList();
    }

    @POST
    @Path("/{id}/extensions")
    @Operation(summary = "Request an extension",
            description = "Checked against the programme's policy. Outside it: 422, and the refusal is kept with its reason and proposed exit. "
                    + "Within it: APPROVED (emits TrajectoryExtended), or REQUESTED when a second person must approve.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ExtensionView.class)))
    @APIResponse(responseCode = "422", description = "Refused by the programme's policy",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response requestExtension(@PathParam("id") UUID id, @NotNull @Valid ExtensionRequest request) {
        Extension extension = extensions.request(caller.tenant(), id, request.months(), request.reasonCode(), request.motivation(),
                request.proposedExit(), caller.name());
        if (extension.status == ExtensionStatus.REFUSED) {
            throw new ProblemException(ProblemType.BUSINESS_RULE,
                    extension.refusalReason + " (refusal " + extension.id + " recorded; proposed exit " + extension.proposedExit + ")");
        }
        return Response.status(Response.Status.CREATED).entity(ExtensionView.of(extension)).build();
    }

    @GET
    @Path("/{id}/extensions")
    @Operation(summary = "Extension requests, granted and refused")
    public List<ExtensionView> extensions(@PathParam("id") UUID id) {
        return extensions.ofTrajectory(caller.tenant(), id).stream().map(ExtensionView::of).toList();
    }

    @POST
    @Path("/{id}/extensions/{extensionId}/approval")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CONSULTANT, Roles.ADMIN})
    @Operation(summary = "Approve a requested extension (by someone other than the requester)",
            description = "A second person decides: a consultant or admin who did not request the extension. The requester gets 409 "
                    + "saying so; a jobcoach gets 403 naming the roles that may approve. Emits TrajectoryExtended.")
    public ExtensionView approve(@PathParam("id") UUID id, @PathParam("extensionId") UUID extensionId) {
        return ExtensionView.of(extensions.approve(caller.tenant(), id, extensionId, caller.name()));
    }

    @POST
    @Path("/{id}/extensions/{extensionId}/refusal")
    @RolesAllowed({Roles.CONSULTANT, Roles.ADMIN})
    @Operation(summary = "Refuse a requested extension, with reason and proposed exit")
    public ExtensionView refuse(@PathParam("id") UUID id, @PathParam("extensionId") UUID extensionId, @NotNull @Valid RefusalRequest request) {
        return ExtensionView.of(extensions.refuse(caller.tenant(), id, extensionId, request.reason(), request.proposedExit(), caller.name()));
    }

    @POST
    @Path("/{id}/aftercare-contacts")
    @Operation(summary = "Record an aftercare contact")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AftercareContactView.class)))
    public Response aftercareContact(@PathParam("id") UUID id, @NotNull @Valid AftercareContactRequest request) {
        var contact = trajectories.recordAftercareContact(caller.tenant(), id, request.contactOn(), request.kind(), request.notes(), caller.name());
        return Response.status(Response.Status.CREATED).entity(AftercareContactView.of(contact)).build();
    }

    @GET
    @Path("/{id}/aftercare-contacts")
    @Operation(summary = "Aftercare contacts, oldest first")
    public List<AftercareContactView> aftercareContacts(@PathParam("id") UUID id) {
        return trajectories.aftercareContacts(caller.tenant(), id).stream().map(AftercareContactView::of).toList();
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "Everything that happened, in order, with who and when")
    public List<TimelineView> timeline(@PathParam("id") UUID id) {
        return caseload.timeline(caller.tenant(), id).stream().map(TimelineView::of).toList();
    }

    private TrajectoryView view(Trajectory t) {
        return TrajectoryView.of(t, caseload.signals(t));
    }
}
