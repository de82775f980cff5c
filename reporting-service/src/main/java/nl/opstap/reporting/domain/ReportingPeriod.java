package nl.opstap.reporting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month ({@code 2016-03}), quarter ({@code 2016-Q1}) or year ({@code 2016}); both ends inclusive.
 *
 * @param label the period as it was asked for
 */
public record ReportingPeriod(String label, LocalDate from, LocalDate to) {

    public static final String FORMAT = "yyyy, yyyy-Qn or yyyy-MM, e.g. 2016, 2016-Q3 or 2016-07";

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?");

    /** The period a label names, or empty when it is none of the three shapes (or before 1900 or after 2999). */
    public static Optional<ReportingPeriod> parse(String label) {
        Matcher m = SHAPE.matcher(label);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1900 || year > 2999) {
            return Optional.empty();
        }
        if (m.group(2) != null) {
            YearMonth first = YearMonth.of(year, (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
            return Optional.of(new ReportingPeriod(label, first.atDay(1), first.plusMonths(2).atEndOfMonth()));
        }
        if (m.group(3) != null) {
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(3)));
            return Optional.of(new ReportingPeriod(label, month.atDay(1), month.atEndOfMonth()));
        }
        return Optional.of(new ReportingPeriod(label, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** The calendar months of the period, in order (one for a month, three for a quarter, twelve for a year). */
    public List<ReportingPeriod> months() {
        List<ReportingPeriod> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(new ReportingPeriod(month.toString(), month.atDay(1), month.atEndOfMonth()));
        }
        return months;
    }

    /** Whether a credited month ({@code yyyy-MM}) lies in the period. */
    public boolean containsMonth(String yearMonth) {
        return contains(YearMonth.parse(yearMonth).atDay(1));
    }
}
