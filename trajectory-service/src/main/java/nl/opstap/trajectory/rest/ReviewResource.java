package nl.opstap.trajectory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import nl.opstap.support.audit.LegalBases;
import nl.opstap.support.audit.PersonalData;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import nl.opstap.trajectory.domain.DateOutOfRangeException;
import nl.opstap.trajectory.domain.Review;
import nl.opstap.trajectory.domain.UnknownGoalException;
import nl.opstap.trajectory.service.ReviewService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A trajectory's progress reviews. */
@Path("/trajectories/{id}/reviews")
@Tag(name = "Trajectories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CONSULTANT, Roles.JOBCOACH})
public class ReviewResource {

    private final ReviewService reviews;
    private final Caller caller;

    ReviewResource(ReviewService reviews, Caller caller) {
        this.reviews = reviews;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Record a progress review", description = "Sets the next review date (given, or from the programme's schedule).")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @PersonalData(category = "review", purpose = TrajectoryAuditSubjects.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public Response review(@PathParam("id") UUID id, @NotNull @Valid ReviewRequest request) {
        request.checkDates();
        Review review = reviews.record(caller.tenant(), id, request.heldOn(), request.toParticipants(), request.toGoalProgress(),
                request.decision(), request.nextReviewOn(), request.notes(), caller.name());
        return Response.status(Response.Status.CREATED).entity(ReviewView.of(review)).build();
    }

    @GET
    @Operation(summary = "Reviews, oldest first")
    @PersonalData(category = "review", purpose = TrajectoryAuditSubjects.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public List<ReviewView> reviews(@PathParam("id") UUID id) {
        return reviews.ofTrajectory(caller.tenant(), id).stream().map(ReviewView::of).toList();
    }

    /** The only date checked against the trajectory here is the day the review was held. */
    @ServerExceptionMapper
    Response heldOnOutOfRange(DateOutOfRangeException e, UriInfo uri) {
        return ProblemException.invalid("heldOn", e.getMessage()).toResponse(uri.getPath());
    }

    @ServerExceptionMapper
    Response unknownGoal(UnknownGoalException e, UriInfo uri) {
        return ProblemException.invalid("goalProgress[" + e.position() + "].goalId", e.getMessage()).toResponse(uri.getPath());
    }
}
