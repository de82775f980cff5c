package nl.opstap.reporting.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.opstap.support.problem.ProblemException;
import org.junit.jupiter.api.Test;

class DashboardLanguageTest {

    @Test
    void anAskedLanguageWinsOverTheBrowsers() {
        assertEquals("en", DashboardResource.language("en", "nl-NL,nl;q=0.9"));
        assertEquals("nl", DashboardResource.language(" nl ", "en-GB"));
    }

    @Test
    void otherwiseTheFirstOfDutchAndEnglishTheBrowserAccepts() {
        assertEquals("en", DashboardResource.language(null, "de-DE,de;q=0.9,en;q=0.8,nl;q=0.7"));
        assertEquals("nl", DashboardResource.language("", "fr-BE,nl-BE;q=0.8"));
    }

    @Test
    void dutchWhenTheBrowserSaysNothingUsefulOrSomethingUnreadable() {
        assertEquals("nl", DashboardResource.language(null, null));
        assertEquals("nl", DashboardResource.language(null, "de-DE"));
        assertEquals("nl", DashboardResource.language(null, ";;q=x,,"));
    }

    @Test
    void anUnknownLanguageIsRefusedByName() {
        ProblemException refused = assertThrows(ProblemException.class, () -> DashboardResource.language("fr", null));
        assertEquals(400, refused.type().status());
    }
}
