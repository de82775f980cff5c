package nl.opstap.reporting.domain;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Outflow (uitstroom) of a period")
public record OutflowReport(
        @Schema(description = "The period asked for") String period,
        @Schema(description = "Clients admitted in the period (instroom): the denominator of the outflow rate") long intake,
        @Schema(description = "Trajectories that ended in the period") long ended,
        @Schema(description = "Ended trajectories per outcome") List<OutcomeCount> endedByOutcome,
        @Schema(description = "Trajectories ended in the period in regular or subsidised work, out of the intake of the period") Share leaversToWork,
        @Schema(description = "Leavers to work in regular work of at least the full-time threshold (hours of the placement at exit; "
                + "the outcome REGULAR_WORK_FULL_TIME when no placement is known)") Share fullTime,
        @Schema(description = "Leavers to work in regular work below the full-time threshold") Share partTime,
        @Schema(description = "Leavers to work in subsidised work (outcome SUBSIDISED_WORK, or a wage-cost-subsidy or sheltered contract)") Share subsidised,
        @Schema(description = "The organisation's full-time threshold, hours a week") int fullTimeHoursPerWeek,
        @Schema(description = "Average days from start to end of the ended trajectories, rounded half up; absent without any") Long averageDurationDays,
        @Schema(description = "Median days from start to end of the ended trajectories (lower middle for an even count)") Long medianDurationDays,
        @Schema(description = "Ended trajectories that were extended at least once, out of all ended") Share extended,
        @Schema(description = "Ended trajectories that lasted at least their programme's maximum duration (lock-in), "
                + "out of the ended trajectories whose programme is known") Share reachedMaximumDuration) implements KpiTable {

    @Override
    public List<String> csvHeader() {
        return List.of("period", "metric", "count", "of", "percent");
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(period, "intake", Long.toString(intake), "", ""));
        rows.add(List.of(period, "ended", Long.toString(ended), "", ""));
        endedByOutcome.forEach(o -> rows.add(List.of(period, "ended." + o.outcome(), Long.toString(o.count()), "", "")));
        rows.add(leaversToWork.csvRow(period, "leavers_to_work"));
        rows.add(fullTime.csvRow(period, "leavers_to_work.full_time"));
        rows.add(partTime.csvRow(period, "leavers_to_work.part_time"));
        rows.add(subsidised.csvRow(period, "leavers_to_work.subsidised"));
        rows.add(List.of(period, "full_time_hours_per_week", Integer.toString(fullTimeHoursPerWeek), "", ""));
        rows.add(List.of(period, "average_duration_days", text(averageDurationDays), "", ""));
        rows.add(List.of(period, "median_duration_days", text(medianDurationDays), "", ""));
        rows.add(extended.csvRow(period, "extended"));
        rows.add(reachedMaximumDuration.csvRow(period, "reached_maximum_duration"));
        return rows;
    }


    private static String text(Long value) {
        return value == null ? "" : value.toString();
    }
}
