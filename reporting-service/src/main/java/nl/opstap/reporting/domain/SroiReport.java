package nl.opstap.reporting.domain;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "SROI realised per employer and contract from the credited months in the period. The obligation of a "
        + "contract is not in any event yet, so obligation and remaining are not reported until employer-service publishes it")
public record SroiReport(
        @Schema(description = "The period asked for") String period,
        @Schema(description = "One line per employer and contract, largest realised amount first") List<SroiLine> lines,
        @Schema(description = "Sum over all lines, in euro cents") long realisedCents) implements KpiTable {

    @Override
    public List<String> csvHeader() {
        return List.of("period", "employer_id", "contract_id", "credits", "manual_credits", "realised_cents");
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        lines.forEach(l -> rows.add(List.of(period, l.employerId().toString(), l.contractId().toString(), Long.toString(l.credits()),
                Long.toString(l.manualCredits()), Long.toString(l.realisedCents()))));
        return rows;
    }
}
