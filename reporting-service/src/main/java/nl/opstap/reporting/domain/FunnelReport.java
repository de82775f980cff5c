package nl.opstap.reporting.domain;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The intake funnel of a period: each step counts facts dated in the period")
public record FunnelReport(
        @Schema(description = "The period asked for") String period,
        @Schema(description = "Referrals (aanmeldingen) received in the period") long referrals,
        @Schema(description = "Intake decisions in the period: admissions plus referrals back") long intakes,
        @Schema(description = "Clients admitted to a programme in the period (instroom)") long admitted,
        @Schema(description = "Clients referred back to the municipality in the period") long referredBack,
        @Schema(description = "Referred back, per reason; reasons without any are left out") List<ReasonCount> referredBackByReason,
        @Schema(description = "Trajectories started in the period") long started) implements KpiTable {

    @Override
    public List<String> csvHeader() {
        return List.of("period", "metric", "count");
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(period, "referrals", Long.toString(referrals)));
        rows.add(List.of(period, "intakes", Long.toString(intakes)));
        rows.add(List.of(period, "admitted", Long.toString(admitted)));
        rows.add(List.of(period, "referred_back", Long.toString(referredBack)));
        referredBackByReason.forEach(r -> rows.add(List.of(period, "referred_back." + r.reason(), Long.toString(r.count()))));
        rows.add(List.of(period, "started", Long.toString(started)));
        return rows;
    }
}
