package nl.opstap.reporting.domain;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "SROI per employer and contract: realised in the period, and the balance at its end (realised to date, "
        + "obligation and remaining from the contract's SroiContractSigned)")
public record SroiReport(
        @Schema(description = "The period asked for") String period,
        @Schema(description = "One line per employer and contract, largest realised amount first") List<SroiLine> lines,
        @Schema(description = "Realised in the period over all lines, in euro cents") long realisedCents,
        @Schema(description = "Sum of the known obligations of the lines, in euro cents; absent under a programme or municipality filter") Long obligationCents,
        @Schema(description = "Sum of the known remaining amounts of the lines, in euro cents; absent with obligationCents") Long remainingCents)
        implements KpiTable {

    @Override
    public List<String> csvHeader() {
        return List.of("period", "employer_id", "contract_id", "tender_reference", "credits", "manual_credits", "realised_cents",
                "realised_to_date_cents", "obligation_cents", "remaining_cents");
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        lines.forEach(l -> rows.add(List.of(period, l.employerId().toString(), l.contractId().toString(), text(l.tenderReference()),
                Long.toString(l.credits()), Long.toString(l.manualCredits()), Long.toString(l.realisedCents()),
                Long.toString(l.realisedToDateCents()), text(l.obligationCents()), text(l.remainingCents()))));
        return rows;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
