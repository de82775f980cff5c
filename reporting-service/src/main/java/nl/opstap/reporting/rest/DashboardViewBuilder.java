package nl.opstap.reporting.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.opstap.reporting.domain.DashboardFigures;
import nl.opstap.reporting.domain.FunnelReport;
import nl.opstap.reporting.domain.KpiFilter;
import nl.opstap.reporting.domain.OutflowReport;
import nl.opstap.reporting.domain.Share;
import nl.opstap.reporting.domain.SroiLine;
import nl.opstap.reporting.domain.SroiReport;
import nl.opstap.reporting.domain.SustainableOutflowReport;
import nl.opstap.reporting.rest.DashboardView.Chart;
import nl.opstap.reporting.rest.DashboardView.ProgrammeOption;
import nl.opstap.reporting.rest.DashboardView.Series;

/** Turns the dashboard figures into charts and tables in one language. */
final class DashboardViewBuilder {

    private final DashboardMessages words;
    private final Locale locale;
    private final NumberFormat numbers;
    private final ObjectMapper json;

    DashboardViewBuilder(DashboardMessages words, Locale locale, ObjectMapper json) {
        this.words = words;
        this.locale = locale;
        this.numbers = NumberFormat.getIntegerInstance(locale);
        this.json = json;
    }

    DashboardView build(DashboardFigures figures, KpiFilter filter, String user, String organisation, String chartLibrary) {
        String period = filter.period().label();
        List<Chart> charts = List.of(
                funnel(figures.funnel(), period),
                outflow(figures.outflow(), figures.outflowByMonth(), period),
                sustainableOutflow(figures.sustainableOutflow(), period),
                sroi(figures.sroi(), period));
        List<ProgrammeOption> programmes = figures.programmeNames().entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(p -> new ProgrammeOption(p.getKey().toString(), p.getValue(), p.getKey().equals(filter.programmeId())))
                .toList();
        String otherLanguage = locale.getLanguage().equals("nl") ? "en" : "nl";
        String programme = filter.programmeId() == null ? "" : filter.programmeId().toString();
        return new DashboardView(locale.getLanguage(), otherLanguage, user, organisation, period, programme, programmes, charts, chartLibrary,
                chartData(charts));
    }

    private Chart funnel(FunnelReport funnel, String period) {
        List<Long> counts = List.of(funnel.referrals(), funnel.intakes(), funnel.admitted(), funnel.referredBack(), funnel.started());
        return new Chart("funnel", "bar", "count", words.funnelTitle(),
                words.funnelHeadline(number(funnel.admitted()), number(funnel.intakes())),
                words.funnelExplanation(period), words.step(),
                List.of(words.referrals(), words.intakes(), words.admitted(), words.referredBack(), words.started()),
                List.of(counts(words.clients(), counts)));
    }

    private Chart outflow(OutflowReport whole, List<OutflowReport> byMonth, String period) {
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        Share rate = whole.leaversToWork();
        return new Chart("outflow", "line", "count", words.outflowTitle(),
                words.outflowHeadline(period, percent(rate.percent()), number(rate.count()), number(rate.of())),
                words.outflowExplanation(), words.month(),
                byMonth.stream().map(m -> YearMonth.parse(m.period()).format(monthName)).toList(),
                List.of(counts(words.admitted(), byMonth.stream().map(OutflowReport::intake).toList()),
                        counts(words.leaversToWork(), byMonth.stream().map(m -> m.leaversToWork().count()).toList())));
    }

    private Chart sustainableOutflow(SustainableOutflowReport report, String period) {
        String referenceDate = report.referenceDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        List<Share> shares = List.of(report.noBenefitWithin6Months(), report.noBenefitWithin12Months(), report.onReferenceDate());
        return new Chart("sustainable-outflow", "bar", "percent", words.sustainableTitle(),
                words.sustainableHeadline(number(report.leaversToWork()), period), words.sustainableExplanation(), words.measure(),
                List.of(words.within6Months(), words.within12Months(), words.onReferenceDate(referenceDate)),
                List.of(new Series(words.sharePercent(), shares.stream().<Number>map(Share::percent).toList(),
                        shares.stream().map(s -> percent(s.percent()) + " (" + number(s.count()) + " / " + number(s.of()) + ")").toList())));
    }

    private Chart sroi(SroiReport report, String period) {
        NumberFormat euros = NumberFormat.getCurrencyInstance(locale);
        euros.setCurrency(Currency.getInstance("EUR"));
        List<SroiLine> lines = report.lines();
        String headline = words.sroiHeadline(period, euros.format(inEuros(report.realisedCents())));
        if (report.obligationCents() != null && report.obligationCents() > 0) {
            headline += "; " + words.sroiRemaining(euros.format(inEuros(report.remainingCents())), euros.format(inEuros(report.obligationCents())));
        }
        return new Chart("sroi", "horizontal-bar", "euro", words.sroiTitle(), headline, words.sroiExplanation(),
                words.employerAndContract(),
                lines.stream().map(this::contractLabel).toList(),
                List.of(amounts(words.realisedEuro(), lines.stream().map(SroiLine::realisedCents).toList(), euros),
                        amounts(words.realisedToDateEuro(), lines.stream().map(SroiLine::realisedToDateCents).toList(), euros),
                        amounts(words.obligationEuro(), lines.stream().map(SroiLine::obligationCents).toList(), euros)));
    }

    /** A contract by its tender once its signature is known, else by the first block of the employer's and contract's ids. */
    private String contractLabel(SroiLine line) {
        return line.tenderReference() != null
                ? words.tender(line.tenderReference(), line.contractingAuthority())
                : words.employerContract(shortId(line.employerId()), shortId(line.contractId()));
    }

    private Series amounts(String label, List<Long> cents, NumberFormat euros) {
        return new Series(label, cents.stream().<Number>map(c -> c == null ? null : inEuros(c)).toList(),
                cents.stream().map(c -> c == null ? words.none() : euros.format(inEuros(c))).toList());
    }

    private static BigDecimal inEuros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private Series counts(String label, List<Long> counts) {
        return new Series(label, new ArrayList<Number>(counts), counts.stream().map(this::number).toList());
    }

    private String number(long value) {
        return numbers.format(value);
    }

    private String percent(Integer value) {
        return value == null ? words.none() : value + "%";
    }

    /** The first block of an id: enough to tell lines apart on a chart, the full id is in the CSV export. */
    private static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }

    private String chartData(List<Chart> charts) {
        List<Map<String, Object>> data = charts.stream().map(c -> Map.<String, Object>of(
                "id", c.id(), "type", c.type(), "unit", c.unit(), "categories", c.categories(),
                "series", c.series().stream().map(s -> Map.of("label", s.label(), "values", s.values())).toList())).toList();
        try {
            return json.writeValueAsString(data).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dashboard data not serialisable", e);
        }
    }
}
