package nl.opstap.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void yearQuarterAndMonthCoverTheirDaysInclusive() {
        ReportingPeriod year = ReportingPeriod.parse("2016").orElseThrow();
        assertEquals(LocalDate.of(2016, 1, 1), year.from());
        assertEquals(LocalDate.of(2016, 12, 31), year.to());
        ReportingPeriod quarter = ReportingPeriod.parse("2016-Q3").orElseThrow();
        assertEquals(LocalDate.of(2016, 7, 1), quarter.from());
        assertEquals(LocalDate.of(2016, 9, 30), quarter.to());
        ReportingPeriod february = ReportingPeriod.parse("2016-02").orElseThrow();
        assertEquals(LocalDate.of(2016, 2, 29), february.to(), "a leap year's February");
        assertTrue(february.containsMonth("2016-02"));
    }

    @Test
    void aPeriodSplitsIntoItsCalendarMonths() {
        assertEquals(12, ReportingPeriod.parse("2016").orElseThrow().months().size());
        assertEquals(List.of("2016-07", "2016-08", "2016-09"),
                ReportingPeriod.parse("2016-Q3").orElseThrow().months().stream().map(ReportingPeriod::label).toList());
        ReportingPeriod february = ReportingPeriod.parse("2016-02").orElseThrow().months().get(0);
        assertEquals(LocalDate.of(2016, 2, 29), february.to());
    }

    @Test
    void otherShapesAreNoPeriod() {
        for (String wrong : new String[] {"16", "2016-Q5", "2016-13", "2016-1", "1899", "2016Q1", "2016-00", " 2016"}) {
            assertTrue(ReportingPeriod.parse(wrong).isEmpty(), wrong);
        }
    }
}
