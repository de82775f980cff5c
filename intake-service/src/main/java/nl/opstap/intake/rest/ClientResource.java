package nl.opstap.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.UUID;
import nl.opstap.intake.domain.Assessment;
import nl.opstap.intake.domain.Instrument;
import nl.opstap.intake.domain.IntakeInterview;
import nl.opstap.intake.service.AdmissionService;
import nl.opstap.intake.service.AssessmentService;
import nl.opstap.support.audit.LegalBases;
import nl.opstap.support.audit.PersonalData;
import nl.opstap.support.problem.Problem;
import nl.opstap.support.rest.QueryParams;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/clients/{clientId}")
@Tag(name = "Intake and diagnosis", description = "Intake interviews, instruments, programme fit and the admission decision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CONSULTANT)
public class ClientResource {

    private final AssessmentService assessments;
    private final AdmissionService admissions;
    private final Caller caller;

    ClientResource(AssessmentService assessments, AdmissionService admissions, Caller caller) {
        this.assessments = assessments;
        this.admissions = admissions;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.CONSULTANT, Roles.JOBCOACH})
    @Operation(summary = "The client's personal details (never the BSN)")
    @PersonalData(category = "identity and contact", purpose = ProcessingGrounds.INTAKE, legalBasis = LegalBases.WITH_BSN)
    public ClientView get(@PathParam("clientId") UUID clientId) {
        return ClientView.of(assessments.client(caller.tenant(), clientId));
    }

    @POST
    @Path("/intake-interviews")
    @Operation(summary = "Record an intake interview (intakegesprek)")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = InterviewView.class)))
    @PersonalData(category = "intake interview", purpose = ProcessingGrounds.INTAKE, legalBasis = LegalBases.PARTICIPATIEWET)
    public Response recordInterview(@PathParam("clientId") UUID clientId, @NotNull @Valid InterviewRequest request) {
        IntakeInterview interview = assessments.recordInterview(caller.tenant(), clientId, request.heldOn(), request.interviewer(),
                request.motivation(), request.notes(), caller.name());
        return Response.created(URI.create("/clients/" + clientId + "/intake-interviews")).entity(InterviewView.of(interview)).build();
    }

    @GET
    @Path("/intake-interviews")
    @Operation(summary = "The client's intake interviews, oldest first")
    @PersonalData(category = "intake interview", purpose = ProcessingGrounds.INTAKE, legalBasis = LegalBases.PARTICIPATIEWET)
    public List<InterviewView> interviews(@PathParam("clientId") UUID clientId) {
        return assessments.interviews(caller.tenant(), clientId).stream().map(InterviewView::of).toList();
    }

    @POST
    @Path("/assessments")
    @Operation(summary = "Record an instrument result",
            description = "Participation ladder, ZRM, wage value, competences, RIASEC, work preferences, physical limits, certificates "
                    + "or the in-depth diagnosis flag. Every result is kept, so change over time can be shown.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @PersonalData(category = "assessment, incl. health-related limits", purpose = ProcessingGrounds.INTAKE, legalBasis = LegalBases.HEALTH)
    public Response recordAssessment(@PathParam("clientId") UUID clientId, @NotNull @Valid AssessmentRequest request) {
        Assessment assessment = assessments.record(caller.tenant(), clientId, request.assessedOn(), request.toResult(), caller.name());
        return Response.created(URI.create("/clients/" + clientId + "/assessments?instrument=" + assessment.instrument))
                .entity(AssessmentView.of(assessment)).build();
    }

    @GET
    @Path("/assessments")
    @RolesAllowed({Roles.CONSULTANT, Roles.JOBCOACH})
    @Operation(summary = "Assessment history, oldest first", description = "Filter by instrument to see one instrument's development.")
    @PersonalData(category = "assessment, incl. health-related limits", purpose = ProcessingGrounds.INTAKE, legalBasis = LegalBases.HEALTH)
    public List<AssessmentView> history(@PathParam("clientId") UUID clientId,
            @Parameter(schema = @Schema(implementation = Instrument.class)) @QueryParam("instrument") String instrument) {
        return assessments.history(caller.tenant(), clientId, QueryParams.enumValue(Instrument.class, "instrument", instrument))
                .stream().map(AssessmentView::of).toList();
    }

    @GET
    @Path("/profile")
    @RolesAllowed({Roles.CONSULTANT, Roles.JOBCOACH})
    @Operation(summary = "The latest result of each instrument")
    @PersonalData(category = "assessment, incl. health-related limits", purpose = ProcessingGrounds.INTAKE, legalBasis = LegalBases.HEALTH)
    public List<AssessmentView> profile(@PathParam("clientId") UUID clientId) {
        return assessments.latest(caller.tenant(), clientId).values().stream().map(AssessmentView::of).toList();
    }

    @GET
    @Path("/programme-fit")
    @Operation(summary = "Fit with every programme of your organisation, explained per criterion")
    @PersonalData(category = "assessment, incl. health-related limits", purpose = ProcessingGrounds.INTAKE, legalBasis = LegalBases.HEALTH)
    public List<ProgrammeFitView> programmeFit(@PathParam("clientId") UUID clientId) {
        return assessments.programmeFit(caller.tenant(), clientId).stream().map(ProgrammeFitView::of).toList();
    }

    @POST
    @Path("/admission")
    @Operation(summary = "Admit the client to a programme", description = "Emits ClientAdmitted; the referral becomes ADMITTED.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "The referral was already decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The client does not fit and no overrideReason was given; the failed criteria are listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = "admission decision", purpose = ProcessingGrounds.INTAKE, legalBasis = LegalBases.PARTICIPATIEWET)
    public ReferralView admit(@PathParam("clientId") UUID clientId, @NotNull @Valid AdmissionRequest request) {
        return ReferralView.of(admissions.admit(caller.tenant(), clientId, request.programmeId(), request.overrideReason(), request.note(),
                request.decidedOn(), caller.name()));
    }

    @POST
    @Path("/referral-back")
    @Operation(summary = "Refer the client back to the municipality (terugmelding)", description = "Emits ClientReferredBack.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "The referral was already decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = "admission decision", purpose = ProcessingGrounds.INTAKE, legalBasis = LegalBases.PARTICIPATIEWET)
    public ReferralView referBack(@PathParam("clientId") UUID clientId, @NotNull @Valid ReferBackRequest request) {
        return ReferralView.of(admissions.referBack(caller.tenant(), clientId, request.reason(), request.note(), request.decidedOn(),
                caller.name()));
    }
}
