package nl.opstap.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import nl.opstap.reporting.domain.AftercareReport;
import nl.opstap.reporting.domain.DevelopmentReport;
import nl.opstap.reporting.domain.EmploymentAfterExitReport;
import nl.opstap.reporting.domain.FunnelReport;
import nl.opstap.reporting.domain.KpiTable;
import nl.opstap.reporting.domain.MoneyReport;
import nl.opstap.reporting.domain.OutflowReport;
import nl.opstap.reporting.domain.SroiReport;
import nl.opstap.reporting.domain.SustainableOutflowReport;
import nl.opstap.reporting.service.KpiService;
import nl.opstap.reporting.service.KpiService.Kpi;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.problem.ProblemType;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The KPI tables of the caller's organisation, computed from the journey facts when asked. All take the same
 * filters; a fact counts in the period its own date falls in (referral received, admission, end of trajectory).
 */
@Path("/kpis")
@Tag(name = "KPIs", description = "Effectiveness figures of your organisation per programme, municipality and period")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class KpiResource {

    private final KpiService kpis;
    private final Caller caller;
    private final Clock clock;

    KpiResource(KpiService kpis, Caller caller, Clock clock) {
        this.kpis = kpis;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("/funnel")
    @Operation(summary = "Intake funnel", description = """
            Referrals received, intakes (admissions plus referrals back), clients admitted, referred back (per reason) \
            and trajectories started, each counted when its date lies in the period.""")
    @APIResponse(responseCode = "200", description = "The funnel")
    public FunnelReport funnel(@BeanParam KpiParameters parameters) {
        return (FunnelReport) compute(Kpi.FUNNEL, parameters);
    }

    @GET
    @Path("/outflow")
    @Operation(summary = "Outflow and outflow rate to work", description = """
            Trajectories ended in the period by outcome. Outflow rate to work = trajectories ended in the period in \
            regular or subsidised work / clients admitted in the period (intake), in whole percent rounded down as the \
            published tables do (Pastiel 2016: 388 of 1,059 = 36%). A leaver to work counts as subsidised when the \
            outcome is SUBSIDISED_WORK or the placement at exit has a wage-cost-subsidy or sheltered contract; otherwise \
            full-time when that placement has at least the organisation's full-time hours a week (setting, default 32), \
            else part-time; without a known placement the recorded outcome decides. Duration = days from start to end \
            (average rounded half up, median the lower middle). Extended = ended trajectories with at least one extension. \
            Reached maximum duration (lock-in) = ended no earlier than start plus the programme's maximum months.""")
    @APIResponse(responseCode = "200", description = "The outflow")
    public OutflowReport outflow(@BeanParam KpiParameters parameters) {
        return (OutflowReport) compute(Kpi.OUTFLOW, parameters);
    }

    @GET
    @Path("/sustainable-outflow")
    @Operation(summary = "Sustainable outflow", description = """
            Of the trajectories ended in work in the period: the share with no BenefitResumed within 6 months after exit \
            (of those whose exit is at least 6 months ago), and within 12 months. The reference-date variant (Werkbedrijf \
            Lelystad): on 2 July of the period's last year (or the year before while that day is to come), of all leavers \
            to work whose exit lies between 18 and 6 months before it, the share not back on benefits since exit.""")
    @APIResponse(responseCode = "200", description = "The sustainable outflow")
    public SustainableOutflowReport sustainableOutflow(@BeanParam KpiParameters parameters) {
        return (SustainableOutflowReport) compute(Kpi.SUSTAINABLE_OUTFLOW, parameters);
    }

    @GET
    @Path("/employment-after-exit")
    @Operation(summary = "Employment in the second and fourth quarter after exit", description = """
            Of the trajectories ended in the period (any outcome) whose measuring day has passed: the share with a \
            placement running on the last day of the second (fourth) calendar quarter after the exit quarter and no \
            BenefitResumed between exit and that day, as US workforce programmes report it.""")
    @APIResponse(responseCode = "200", description = "Employment after exit")
    public EmploymentAfterExitReport employmentAfterExit(@BeanParam KpiParameters parameters) {
        return (EmploymentAfterExitReport) compute(Kpi.EMPLOYMENT_AFTER_EXIT, parameters);
    }

    @GET
    @Path("/aftercare")
    @Operation(summary = "Aftercare and placement duration", description = """
            Aftercare periods ended in the period and how many of those clients were still employed; placements \
            started in the period and the share not ended within 3, 6 and 12 months (of those started long enough ago).""")
    @APIResponse(responseCode = "200", description = "Aftercare")
    public AftercareReport aftercare(@BeanParam KpiParameters parameters) {
        return (AftercareReport) compute(Kpi.AFTERCARE, parameters);
    }

    @GET
    @Path("/development")
    @Operation(summary = "Development: participation ladder, ZRM average and wage value", description = """
            Per measure (PARTICIPATION_LADDER step 1-6, ZRM_AVERAGE 1-5, WAGE_VALUE %): the clients with at least two \
            measurements up to the end of the period whose latest measurement lies in the period; the average of their \
            first and of their latest measurement (two decimals, half up), the change, and how many improved, stayed the same \
            or declined. Measurements come from DevelopmentMeasured (the ZRM as an average only: no score per life domain) \
            and never reach the BI stream.""")
    @APIResponse(responseCode = "200", description = "Development per measure")
    public DevelopmentReport development(@BeanParam KpiParameters parameters) {
        return (DevelopmentReport) compute(Kpi.DEVELOPMENT, parameters);
    }

    @GET
    @Path("/money")
    @Operation(summary = "Cost per leaver to work against avoided benefit", description = """
            Of the trajectories ended in the period: their cost in euro cents (the programme's price, per trajectory or for \
            each month begun from start to end, as the programme's latest version sets it; trajectories of a programme \
            without a price add nothing and are counted apart), the cost per leaver to work (cost / trajectories ended in \
            regular or subsidised work, half up), the benefit cost avoided in the first year after exit (per leaver to work \
            the annual benefit amount of the client's municipality, a setting per organisation and municipality, default \
            EUR 15,000, the "at least" of the domain texts; only the part of the year until a BenefitResumed when one is known) and the net result (avoided - cost).""")
    @APIResponse(responseCode = "200", description = "Cost, avoided benefit and net result")
    public MoneyReport money(@BeanParam KpiParameters parameters) {
        return (MoneyReport) compute(Kpi.MONEY, parameters);
    }

    @GET
    @Path("/sroi")
    @Operation(summary = "SROI realised, obligation and remaining per employer and contract", description = """
            Per employer and contract: the SroiCredited (placement months) and SroiManuallyCredited (approved manual entries) \
            amounts in euro cents whose credited month lies in the period (realisedCents), and the balance at the period's end: \
            realised to date (every credit up to the end of the period), the obligation from the contract's SroiContractSigned \
            and remaining = obligation - realised to date, not below 0. Every contract running in the period has a line, \
            credited or not. Manual credits have no client and an obligation is the whole contract's, so a programme or \
            municipality filter leaves out manual credits, obligation and remaining.""")
    @APIResponse(responseCode = "200", description = "SROI per employer and contract")
    public SroiReport sroi(@BeanParam KpiParameters parameters) {
        return (SroiReport) compute(Kpi.SROI, parameters);
    }

    @GET
    @Path("/{table}/csv")
    @Produces("text/csv")
    @Operation(summary = "A KPI table as CSV", description = """
            The same figures as the JSON endpoint of the table, one metric per row (the SROI table one line per employer \
            and contract), with a header row. Same filters.""")
    @APIResponse(responseCode = "200", description = "The table as RFC 4180 CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such table")
    public Response csv(
            @Parameter(description = "funnel, outflow, sustainable-outflow, employment-after-exit, aftercare, development, money or sroi",
                    schema = @Schema(enumeration = {"funnel", "outflow", "sustainable-outflow", "employment-after-exit", "aftercare", "development",
                            "money", "sroi"}))
            @PathParam("table") String table,
            @BeanParam KpiParameters parameters) {
        Kpi kpi = Arrays.stream(Kpi.values())
                .filter(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(table))
                .findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                        "No KPI table of that name: funnel, outflow, sustainable-outflow, employment-after-exit, aftercare, development, money or sroi"));
        String filename = table + "-" + parameters.filter(clock).period().label() + ".csv";
        return Response.ok(CsvWriter.write(compute(kpi, parameters)))
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    private KpiTable compute(Kpi kpi, KpiParameters parameters) {
        return kpis.compute(caller.tenant(), kpi, parameters.filter(clock));
    }
}
