package nl.opstap.support.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import nl.opstap.support.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @ParameterizedTest
    @ValueSource(strings = {"-0001-01-01", "0000-01-01", "+10000-01-01", "2026-13-01", "yesterday"})
    void shouldRefuseADateOutsideTheRangeNamingTheParameter(String value) {
        ProblemException e = assertThrows(ProblemException.class, () -> QueryParams.date("receivedFrom", value));
        assertEquals("receivedFrom", e.violations().get(0).field());
    }

    @Test
    void shouldReadADateAndTreatBlankAsAbsent() {
        assertEquals(LocalDate.of(2026, 11, 2), QueryParams.date("receivedFrom", " 2026-11-02 "));
        assertNull(QueryParams.date("receivedFrom", " "));
    }
}
