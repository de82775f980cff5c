package nl.opstap.support.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.opstap.support.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

    private static PageRequest page(String page, String size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    @Test
    void shouldDefaultToTheFirstPageOfTwenty() {
        PageRequest request = page(null, "");
        assertEquals(0, request.index());
        assertEquals(PageRequest.DEFAULT_SIZE, request.size());
    }

    @ParameterizedTest
    @CsvSource({"abc,20,page", "-1,20,page", "1000000000,20,page", "10737419,200,page", "0,0,size", "0,201,size", "0,2147483648,size",
            "1.5,20,page", "0,1e3,size"})
    void shouldRefuseAPageOutOfRangeNamingTheParameter(String page, String size, String named) {
        ProblemException e = assertThrows(ProblemException.class, () -> {
            PageRequest request = page(page, size);
            request.size();
            request.index();
        });
        assertEquals(400, e.type().status());
        assertEquals(named, e.violations().get(0).field());
    }

    @Test
    void shouldAllowTheLastPageWithinReachAndNotBeyond() {
        assertEquals(4999, page("4999", "200").index());
        assertThrows(ProblemException.class, () -> page("5000", "200").index());
    }
}
