package nl.opstap.intake.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opstap.events.vocabulary.DataSubjectRight;
import nl.opstap.intake.domain.DataSubjectRequest.Reason;
import nl.opstap.intake.domain.DataSubjectRequest.Status;
import nl.opstap.intake.domain.DataSubjectRequest;
import nl.opstap.intake.domain.DataSubjectRequestPart;
import nl.opstap.intake.repository.DataSubjectRequestPartRepository;
import nl.opstap.intake.repository.DataSubjectRequestRepository;
import nl.opstap.intake.service.DataSubjectRequests;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/data-subject-requests")
@Tag(name = "Data-subject rights", description = "A client's export (inzage, overdraagbaarheid) and erasure (vergetelheid) across every "
        + "service, and erasure when the retention period after the end of care has run out")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DataSubjectRequestResource {

    private final DataSubjectRequests requests;
    private final DataSubjectRequestRepository requestRepository;
    private final DataSubjectRequestPartRepository answers;
    private final AuditSubjects auditSubjects;
    private final Caller caller;

    DataSubjectRequestResource(DataSubjectRequests requests, DataSubjectRequestRepository requestRepository,
            DataSubjectRequestPartRepository answers, AuditSubjects auditSubjects, Caller caller) {
        this.requests = requests;
        this.requestRepository = requestRepository;
        this.answers = answers;
        this.auditSubjects = auditSubjects;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Take a client's export or erasure request",
            description = "intake-service carries out its own part at once and asks every other service through the event "
                    + "DataSubjectRequested; follow the progress per service with GET /data-subject-requests/{id}. An erasure removes "
                    + "or irreversibly anonymises the client's personal data everywhere (BSN, name, contact details, notes, "
                    + "assessments, candidate profile); dates, statuses and outcomes stay under the pseudonymous id, so every "
                    + "figure stays the same. A request of the same kind still in progress is returned (200) instead of a second one.")
    @APIResponse(responseCode = "201", description = "Taken", content = @Content(schema = @Schema(implementation = DataSubjectRequestView.class)))
    @APIResponse(responseCode = "200", description = "A request of this kind is already in progress: that one",
            content = @Content(schema = @Schema(implementation = DataSubjectRequestView.class)))
    @APIResponse(responseCode = "404", description = "Unknown client, not yours, or already erased",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Erasure while the client's trajectory runs",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = "data-subject request", purpose = ProcessingGrounds.DATA_SUBJECT, legalBasis = LegalBases.DATA_SUBJECT_RIGHTS)
    public Response request(@NotNull @Valid DataSubjectRequestBody body) {
        DataSubjectRequests.Taken taken = requests.request(caller.tenant(), body.clientId(), body.right(), Reason.CLIENT_REQUEST,
                caller.name());
        auditSubjects.add(body.clientId());
        DataSubjectRequestView view = DataSubjectRequestView.of(taken.progress());
        return taken.created()
                ? Response.created(URI.create("/data-subject-requests/" + view.id())).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Data-subject requests of your organisation, newest first", description = "Each filter is optional.")
    public PageResponse<DataSubjectRequestView> list(
            @Parameter(description = "One client's requests", schema = @Schema(implementation = UUID.class)) @QueryParam("clientId") String clientParam,
            @Parameter(schema = @Schema(implementation = DataSubjectRight.class)) @QueryParam("right") String rightParam,
            @Parameter(schema = @Schema(implementation = Status.class)) @QueryParam("status") String statusParam,
            @BeanParam PageRequest page) {
        var query = requestRepository.search(caller.tenant(), QueryParams.uuid("clientId", clientParam),
                QueryParams.enumValue(DataSubjectRight.class, "right", rightParam), QueryParams.enumValue(Status.class, "status", statusParam));
        List<DataSubjectRequest> items = query.page(page.index(), page.size()).list();
        // The answers of the whole page in one query, not one per request.
        Map<UUID, List<DataSubjectRequestPart>> answersByRequest = answers.ofRequests(items.stream().map(r -> r.id).toList()).stream()
                .collect(Collectors.groupingBy(part -> part.key.requestId()));
        return PageResponse.of(items, page, query.count(),
                request -> DataSubjectRequestView.of(request, answersByRequest.getOrDefault(request.id, List.of())));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "One request and each service's answer")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DataSubjectRequestView.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DataSubjectRequestView get(@PathParam("id") UUID id) {
        return DataSubjectRequestView.of(requests.progress(caller.tenant(), id));
    }

    @GET
    @Path("/{id}/document")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The export: everything the platform holds about the client, as one JSON document",
            description = "Per service (in the order intake, trajectory, matching, employer, reporting), per kind of record, the "
                    + "rows as stored, the BSN decrypted, and each service's processing log (who read or changed the file, when, "
                    + "why and on what legal ground). Available once every service has answered, until documentAvailableUntil; "
                    + "hand it to the client over a secure channel.")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(schema = @Schema(type = SchemaType.OBJECT,
            description = "{requestId, clientId, organisation, requestedOn, generatedAt, services: {<service>: {<kind>: [rows]}}}")))
    @APIResponse(responseCode = "404", description = "Unknown, or not yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not complete yet (the services still waited for are named), expired, or an erasure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PersonalData(category = "everything held (export)", purpose = ProcessingGrounds.DATA_SUBJECT, legalBasis = LegalBases.DATA_SUBJECT_RIGHTS)
    public ObjectNode document(@PathParam("id") UUID id) {
        ObjectNode document = requests.document(caller.tenant(), id);
        auditSubjects.add(UUID.fromString(document.path("clientId").asText()));
        return document;
    }
}
