package nl.opstap.reporting.domain;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the trajectories ended in the period cost, against the benefit cost their leavers to work avoid")
public record MoneyReport(
        @Schema(description = "The period asked for") String period,
        @Schema(description = "Trajectories that ended in the period") long trajectoriesEnded,
        @Schema(description = "Of those, the ones whose programme has a price (the others add nothing to the cost)") long trajectoriesPriced,
        @Schema(description = "Their price in euro cents: the programme price, or the monthly price for each month begun") long costCents,
        @Schema(description = "Trajectories ended in the period in regular or subsidised work") long leaversToWork,
        @Schema(description = "costCents / leaversToWork, rounded half up; absent without leavers to work") Long costPerLeaverToWorkCents,
        @Schema(description = "Benefit cost avoided in the first year after exit, in euro cents: per leaver to work the annual "
                + "benefit amount of the client's municipality (setting), or the part of the year until a known BenefitResumed")
        long avoidedBenefitCents,
        @Schema(description = "avoidedBenefitCents - costCents") long netResultCents) implements KpiTable {

    @Override
    public List<String> csvHeader() {
        return List.of("period", "metric", "value");
    }

    @Override
    public List<List<String>> csvRows() {
        return List.of(
                List.of(period, "trajectories_ended", Long.toString(trajectoriesEnded)),
                List.of(period, "trajectories_priced", Long.toString(trajectoriesPriced)),
                List.of(period, "cost_cents", Long.toString(costCents)),
                List.of(period, "leavers_to_work", Long.toString(leaversToWork)),
                List.of(period, "cost_per_leaver_to_work_cents", costPerLeaverToWorkCents == null ? "" : costPerLeaverToWorkCents.toString()),
                List.of(period, "avoided_benefit_cents", Long.toString(avoidedBenefitCents)),
                List.of(period, "net_result_cents", Long.toString(netResultCents)));
    }
}
