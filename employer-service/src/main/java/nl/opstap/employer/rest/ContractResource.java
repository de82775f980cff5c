package nl.opstap.employer.rest;

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
import java.time.YearMonth;
import java.util.UUID;
import nl.opstap.employer.domain.ManualEntry;
import nl.opstap.employer.domain.SroiContract;
import nl.opstap.employer.service.ContractService;
import nl.opstap.employer.service.LedgerService;
import nl.opstap.employer.service.LedgerSummary;
import nl.opstap.employer.service.Viewer;
import nl.opstap.support.problem.Problem;
import nl.opstap.support.rest.PageRequest;
import nl.opstap.support.rest.PageResponse;
import nl.opstap.support.rest.QueryParams;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sroi/contracts")
@Tag(name = "SROI contracts", description = "Contracts with a social-return obligation and their ledger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.ADMIN})
public class ContractResource {

    private final ContractService contractService;
    private final LedgerService ledgerService;
    private final Viewers viewers;

    ContractResource(ContractService contractService, LedgerService ledgerService, Viewers viewers) {
        this.contractService = contractService;
        this.ledgerService = ledgerService;
        this.viewers = viewers;
    }

    @POST
    @Operation(summary = "Register a contract (draft)", description = "Obligation = contract sum × SROI percentage, rounded down to the cent.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "404", description = "No such contractor or ruleset",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A contract for this tender exists already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The contract ends before it starts",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response draft(@NotNull @Valid ContractRequest request) {
        SroiContract contract = contractService.draft(viewers.current(), request.contractorEmployerId(), request.toTerms());
        return Response.created(URI.create("/sroi/contracts/" + contract.id)).entity(ContractView.of(contract)).build();
    }

    @GET
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.ADMIN, Roles.EMPLOYER})
    @Operation(summary = "List contracts", description = "Newest first. An employer user gets its own organisation's only.")
    @APIResponse(responseCode = "200", description = "One page of contracts")
    public PageResponse<ContractView> list(
            @Parameter(description = "Only this contractor's", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("contractorEmployerId") String contractorEmployerId,
            @BeanParam PageRequest page) {
        return PageResponse.of(contractService.list(viewers.current(), QueryParams.uuid("contractorEmployerId", contractorEmployerId)), page,
                ContractView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.ADMIN, Roles.EMPLOYER})
    @Operation(summary = "One contract", description = "An employer user sees its own organisation's contracts only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "404", description = "No such contract for this caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ContractView get(@PathParam("id") UUID id) {
        return ContractView.of(contractService.get(viewers.current(), id));
    }

    @POST
    @Path("/{id}/sign")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Sign a contract", description = "Freezes the ruleset version in force now; only a signed contract earns credit.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "409", description = "Signed already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ContractView sign(@PathParam("id") UUID id) {
        return ContractView.of(contractService.sign(viewers.current(), id));
    }

    @GET
    @Path("/{id}/ledger")
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.ADMIN, Roles.EMPLOYER})
    @Operation(summary = "The contract's ledger", description = "Obligation, realised, remaining and forecast, with a page of entries in period order.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LedgerView.class)))
    @APIResponse(responseCode = "404", description = "No such contract for this caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LedgerView ledger(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        page.index(); // a malformed page is a 400 even for an id that does not exist
        Viewer viewer = viewers.current();
        LedgerSummary summary = ledgerService.summary(viewer, id);
        return LedgerView.of(summary, rulesetLabel(summary.contract()),
                PageResponse.of(ledgerService.entries(viewer, id), page, LedgerEntryView::of));
    }

    @GET
    @Path("/{id}/ledger.csv")
    @Produces(LedgerCsv.MEDIA_TYPE)
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.ADMIN, Roles.EMPLOYER})
    @Operation(summary = "The contract's ledger entries as CSV", description = "Every entry in period order; amounts in cents and euros.")
    @APIResponse(responseCode = "200", description = "RFC 4180 CSV with a header line",
            content = @Content(mediaType = LedgerCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such contract for this caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ledgerCsv(@PathParam("id") UUID id) {
        SroiContract contract = contractService.get(viewers.current(), id);
        return Response.ok(LedgerCsv.of(ledgerService.entries(viewers.current(), id).list()))
                .header("Content-Disposition", "attachment; filename=\"sroi-ledger-" + contract.id + ".csv\"").build();
    }

    @POST
    @Path("/{id}/manual-entries")
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.ADMIN, Roles.EMPLOYER})
    @Operation(summary = "Claim credit by hand", description = "Purchases from a social enterprise, work-experience months or training "
            + "courses, with evidence. Counts once another person approves it.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ManualEntryView.class)))
    @APIResponse(responseCode = "409", description = "The contract is not signed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The period lies outside the contract",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response requestManual(@PathParam("id") UUID id, @NotNull @Valid ManualEntryRequest request) {
        ManualEntry entry = ledgerService.requestManual(viewers.current(), id, request.kind(), YearMonth.parse(request.period()),
                request.quantity(), request.evidenceReference().strip(), request.note());
        return Response.status(Response.Status.CREATED).entity(ManualEntryView.of(entry)).build();
    }

    @GET
    @Path("/{id}/manual-entries")
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.ADMIN, Roles.EMPLOYER})
    @Operation(summary = "Manual entries of a contract", description = "Newest first, pending and decided.")
    @APIResponse(responseCode = "200", description = "One page of manual entries")
    public PageResponse<ManualEntryView> manualEntries(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        page.index(); // a malformed page is a 400 even for an id that does not exist
        return PageResponse.of(ledgerService.manualEntries(viewers.current(), id), page, ManualEntryView::of);
    }

    @POST
    @Path("/{id}/manual-entries/{entryId}/decision")
    @Operation(summary = "Approve or reject a manual entry", description = "Four eyes: not by the person who claimed it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ManualEntryView.class)))
    @APIResponse(responseCode = "409", description = "Decided already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The claimant cannot decide on their own entry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ManualEntryView decide(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId, @NotNull @Valid DecisionRequest request) {
        return ManualEntryView.of(ledgerService.decide(viewers.current(), id, entryId, request.approve()));
    }

    private static String rulesetLabel(SroiContract contract) {
        return contract.rulesetVersion == null ? contract.rulesetCode : contract.rulesetCode + "@" + contract.rulesetVersion;
    }
}
