package nl.opstap.reporting.rest;

import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import nl.opstap.reporting.domain.KpiFilter;
import nl.opstap.reporting.domain.ReportingPeriod;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.rest.QueryParams;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters every KPI takes, parsed by hand so a wrong value is a 400 that names the parameter. */
public class KpiParameters {

    private static final Pattern MUNICIPALITY = Pattern.compile("GM[0-9]{4}");

    @QueryParam("period")
    @Parameter(description = "Month, quarter or year: " + ReportingPeriod.FORMAT + ". Default: the current year.",
            schema = @Schema(pattern = "^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$", maxLength = 7))
    String period;

    @QueryParam("programme")
    @Parameter(description = "Only this programme (id)", schema = @Schema(format = "uuid", maxLength = 36))
    String programme;

    @QueryParam("municipality")
    @Parameter(description = "Only clients of this municipality (CBS code)", schema = @Schema(pattern = "^GM[0-9]{4}$", maxLength = 6))
    String municipality;

    KpiFilter filter(Clock clock) {
        ReportingPeriod reportingPeriod = period == null || period.isBlank()
                ? ReportingPeriod.parse(Integer.toString(LocalDate.now(clock).getYear())).orElseThrow()
                : ReportingPeriod.parse(period.strip()).orElseThrow(() -> ProblemException.invalid("period", "must be " + ReportingPeriod.FORMAT));
        String municipalityCode = municipality == null || municipality.isBlank() ? null : municipality.strip();
        if (municipalityCode != null && !MUNICIPALITY.matcher(municipalityCode).matches()) {
            throw ProblemException.invalid("municipality", "must be a CBS municipality code such as GM0344");
        }
        return new KpiFilter(reportingPeriod, QueryParams.uuid("programme", programme), municipalityCode);
    }
}
