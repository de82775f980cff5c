package nl.opstap.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import nl.opstap.intake.domain.Bsn;
import nl.opstap.intake.domain.NewReferral;
import nl.opstap.intake.domain.Referral;
import nl.opstap.intake.domain.ReferralStatus;
import nl.opstap.intake.rest.BatchReferralResponse.ItemResult;
import nl.opstap.intake.service.AdmissionService;
import nl.opstap.intake.service.ReferralService;
import nl.opstap.intake.service.ReferralService.BatchOutcome;
import nl.opstap.intake.service.ReferralService.Registration;
import nl.opstap.support.audit.AuditSubjects;
import nl.opstap.support.audit.LegalBases;
import nl.opstap.support.audit.PersonalData;
import nl.opstap.support.problem.Problem;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.ratelimit.RateLimited;
import nl.opstap.support.rest.BodyLimit;
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

@Path("/referrals")
@Tag(name = "Referrals", description = "Aanmeldingen from municipal systems and their status (terugmelding)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {

    /** One allowance per municipal system for single referrals and benefit reports, another for nightly batches. */
    static final String MUNICIPAL_REFERRALS = "municipal-referrals";
    static final String MUNICIPAL_BATCHES = "municipal-referral-batches";

    private final ReferralService referralService;
    private final AdmissionService admissionService;
    private final Caller caller;
    private final BatchItemReader itemReader;
    private final UriInfo uriInfo;
    private final AuditSubjects audited;

    ReferralResource(ReferralService referralService, AdmissionService admissionService, Caller caller,
            BatchItemReader itemReader, UriInfo uriInfo, AuditSubjects audited) {
        this.referralService = referralService;
        this.admissionService = admissionService;
        this.caller = caller;
        this.itemReader = itemReader;
        this.uriInfo = uriInfo;
        this.audited = audited;
    }

    @POST
    @RolesAllowed(Roles.MUNICIPALITY)
    @RateLimited(value = MUNICIPAL_REFERRALS, perMinute = 600, burst = 120)
    @Operation(summary = "Refer a client (aanmelding)",
            description = "Idempotent: the same municipalityReference (or Idempotency-Key) with the same body returns the existing "
                    + "referral with 200; with a different body it is 409.")
    @APIResponse(responseCode = "201", description = "Referral created",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "200", description = "Identical repeat: the existing referral",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "Same reference or key with different content",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "This municipal system sent too many requests; Retry-After says when to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = "referral, incl. BSN and contact", purpose = ProcessingGrounds.REFERRAL, legalBasis = LegalBases.WITH_BSN)
    public Response refer(
            @Parameter(description = "Optional client-chosen key; repeats with the same key are answered with the first result")
            @HeaderParam("Idempotency-Key") @Size(max = 128) String idempotencyKey,
            @NotNull @Valid ReferralRequest request) {
        Registration registration = referralService.register(caller.tenant(), caller.municipalityCode(), idempotencyKey,
                request.toNewReferral());
        ReferralView view = audited(ReferralView.of(registration.referral()));
        if (!registration.created()) {
            return Response.ok(view).build();
        }
        return Response.created(URI.create("/referrals/" + view.id())).entity(view).build();
    }

    @POST
    @Path("/batch")
    @RolesAllowed(Roles.MUNICIPALITY)
    @RateLimited(value = MUNICIPAL_BATCHES, perMinute = 30, burst = 5)
    @BodyLimit(kilobytes = 1024)
    @Operation(summary = "Refer a batch of clients",
            description = "For nightly exports. Every item gets its own result; a bad item does not reject the others. "
                    + "The body may be up to 1 MB (other endpoints: 64 KB).")
    @APIResponse(responseCode = "200", description = "One result per item",
            content = @Content(schema = @Schema(implementation = BatchReferralResponse.class)))
    @APIResponse(responseCode = "429", description = "This municipal system sent too many requests; Retry-After says when to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = "referral, incl. BSN and contact", purpose = ProcessingGrounds.REFERRAL, legalBasis = LegalBases.WITH_BSN)
    public BatchReferralResponse referBatch(@NotNull @Valid BatchReferralRequest batch) {
        // Reading and validating each item is the edge's work; registering the readable ones is the service's.
        List<BatchItemReader.ReadItem> items = new ArrayList<>();
        for (int i = 0; i < batch.items().size(); i++) {
            items.add(itemReader.read(i, batch.items().get(i)));
        }
        List<NewReferral> readable = items.stream().filter(item -> item.referral() != null).map(BatchItemReader.ReadItem::referral).toList();
        Iterator<BatchOutcome> outcomes = referralService.registerEach(caller.tenant(), caller.municipalityCode(), readable).iterator();
        List<ItemResult> results = new ArrayList<>();
        for (BatchItemReader.ReadItem item : items) {
            String instance = uriInfo.getPath() + "#items[" + item.index() + "]";
            if (item.unreadable() != null) {
                results.add(ItemResult.rejected(item.index(), item.reference(), item.unreadable().toProblem(instance)));
                continue;
            }
            BatchOutcome outcome = outcomes.next();
            results.add(outcome.refused() != null
                    ? ItemResult.rejected(item.index(), item.reference(), ProblemException.from(outcome.refused()).toProblem(instance))
                    : ItemResult.registered(item.index(), item.reference(), outcome.registration().created(),
                            audited(ReferralView.of(outcome.registration().referral()))));
        }
        return BatchReferralResponse.of(results);
    }

    @GET
    @RolesAllowed({Roles.MUNICIPALITY, Roles.CONSULTANT})
    @Operation(summary = "List referrals",
            description = "A municipal system sees its own referrals; a consultant sees all referrals of the organisation. Newest first.")
    @PersonalData(category = "referral", purpose = ProcessingGrounds.REFERRAL, legalBasis = LegalBases.PARTICIPATIEWET)
    public PageResponse<ReferralView> list(
            @Parameter(schema = @Schema(implementation = ReferralStatus.class)) @QueryParam("status") String statusParam,
            @Parameter(description = "Admitted to or indicated for this programme", schema = @Schema(implementation = UUID.class))
            @QueryParam("programmeId") String programmeParam,
            @Parameter(description = "Received on or after this date", schema = @Schema(implementation = LocalDate.class))
            @QueryParam("receivedFrom") String fromParam,
            @Parameter(description = "Received on or before this date", schema = @Schema(implementation = LocalDate.class))
            @QueryParam("receivedTo") String toParam,
            @BeanParam PageRequest page) {
        ReferralStatus status = QueryParams.enumValue(ReferralStatus.class, "status", statusParam);
        UUID programmeId = QueryParams.uuid("programmeId", programmeParam);
        LocalDate receivedFrom = QueryParams.date("receivedFrom", fromParam);
        LocalDate receivedTo = QueryParams.date("receivedTo", toParam);
        if (receivedFrom != null && receivedTo != null && receivedTo.isBefore(receivedFrom)) {
            throw ProblemException.invalid("receivedTo", "must not be before receivedFrom");
        }
        return PageResponse.of(referralService.search(caller.tenant(), municipalityScope(), status, programmeId, receivedFrom, receivedTo),
                page, referral -> audited(ReferralView.of(referral)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MUNICIPALITY, Roles.CONSULTANT})
    @Operation(summary = "One referral and its status")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = "referral", purpose = ProcessingGrounds.REFERRAL, legalBasis = LegalBases.PARTICIPATIEWET)
    public ReferralView get(@PathParam("id") UUID id) {
        return audited(ReferralView.of(referralService.get(caller.tenant(), municipalityScope(), id)));
    }

    @POST
    @Path("/{id}/intake-appointment")
    @RolesAllowed(Roles.CONSULTANT)
    @Operation(summary = "Plan the intake", description = "The referral becomes INTAKE_PLANNED, visible to the municipality.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "The referral was already decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = "referral", purpose = ProcessingGrounds.REFERRAL, legalBasis = LegalBases.PARTICIPATIEWET)
    public ReferralView planIntake(@PathParam("id") UUID id, @NotNull @Valid IntakeAppointmentRequest request) {
        return audited(ReferralView.of(admissionService.planIntake(caller.tenant(), id, request.plannedOn(), caller.name())));
    }

    @POST
    @Path("/benefit-resumptions")
    @RolesAllowed(Roles.MUNICIPALITY)
    @RateLimited(value = MUNICIPAL_REFERRALS, perMinute = 600, burst = 120)
    @Operation(summary = "Report that a former client is back on benefits",
            description = "Emits BenefitResumed with the pseudonymous client id; a repeat for the same date changes nothing.")
    @APIResponse(responseCode = "202", description = "Recorded")
    @APIResponse(responseCode = "200", description = "Already recorded")
    @APIResponse(responseCode = "404", description = "No client with this BSN was referred by the calling municipality",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "This municipal system sent too many requests; Retry-After says when to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response benefitResumed(@NotNull @Valid BenefitResumedRequest request) {
        boolean recorded = referralService.recordBenefitResumed(caller.tenant(), caller.municipalityCode(), Bsn.of(request.bsn()),
                request.resumedOn());
        return Response.status(recorded ? Response.Status.ACCEPTED : Response.Status.OK).build();
    }

    /** Notes the referral's client for the audit trail. */
    private ReferralView audited(ReferralView view) {
        audited.add(view.clientId());
        return view;
    }

    /** Municipal systems are confined to their own referrals; professionals of the tenant see all. */
    private String municipalityScope() {
        return caller.hasRole(Roles.CONSULTANT) ? null : caller.municipalityCode();
    }
}
