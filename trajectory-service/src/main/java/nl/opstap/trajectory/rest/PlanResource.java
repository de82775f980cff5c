package nl.opstap.trajectory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.UUID;
import nl.opstap.support.audit.LegalBases;
import nl.opstap.support.audit.PersonalData;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import nl.opstap.trajectory.domain.SignatureMethod;
import nl.opstap.trajectory.domain.Signer;
import nl.opstap.trajectory.service.PlanService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A trajectory's development plan (ontwikkelplan): its versions, signatures and goals. */
@Path("/trajectories/{id}/plan")
@Tag(name = "Trajectories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CONSULTANT, Roles.JOBCOACH})
public class PlanResource {

    private final PlanService plans;
    private final Caller caller;

    PlanResource(PlanService plans, Caller caller) {
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The current development plan")
    @PersonalData(category = "development plan", purpose = TrajectoryAuditSubjects.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public PlanView plan(@PathParam("id") UUID id) {
        return PlanView.of(plans.current(caller.tenant(), id));
    }

    @PUT
    @Operation(summary = "Write the development plan",
            description = "A material change (priority or any goal's content) makes a new version that client and coach must sign again; "
                    + "the same content changes nothing.")
    @PersonalData(category = "development plan", purpose = TrajectoryAuditSubjects.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public PlanView writePlan(@PathParam("id") UUID id, @NotNull @Valid PlanRequest request) {
        return PlanView.of(plans.write(caller.tenant(), id, request.priority(), request.goals().stream().map(GoalRequest::toDraft).toList(),
                caller.name()));
    }

    @POST
    @Path("/signatures")
    @Operation(summary = "Record a signature on the current plan version (client or coach)",
            description = "The client's signature records how the client signed (in person with the coach, on paper, digitally) and "
                    + "on which day; the caller is recorded as the one who registered it. The coach signs as themselves.")
    @PersonalData(category = "development plan", purpose = TrajectoryAuditSubjects.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public PlanView sign(@PathParam("id") UUID id, @NotNull @Valid SignatureRequest request) {
        if (request.signer() == Signer.COACH) {
            if (request.method() != null || request.signedOn() != null) {
                throw ProblemException.invalid(request.method() != null ? "method" : "signedOn", "applies to the client's signature only");
            }
            return PlanView.of(plans.signForCoach(caller.tenant(), id, caller.name()));
        }
        if (request.method() == null) {
            throw ProblemException.invalid("method", "is required for the client's signature: one of "
                    + Arrays.toString(SignatureMethod.values()));
        }
        return PlanView.of(plans.signForClient(caller.tenant(), id, request.method(), request.signedOn(), caller.name()));
    }

    @PUT
    @Path("/goals/{goalId}/status")
    @Operation(summary = "Set a goal's status (progress is not a material change)")
    @PersonalData(category = "development plan", purpose = TrajectoryAuditSubjects.PURPOSE, legalBasis = LegalBases.PARTICIPATIEWET)
    public PlanView goalStatus(@PathParam("id") UUID id, @PathParam("goalId") UUID goalId, @NotNull @Valid GoalStatusRequest request) {
        return PlanView.of(plans.setGoalStatus(caller.tenant(), id, goalId, request.status(), caller.name()));
    }
}
