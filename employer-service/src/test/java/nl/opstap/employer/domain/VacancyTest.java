package nl.opstap.employer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.EventPayload;
import nl.opstap.events.VacancyClosed;
import nl.opstap.events.VacancyPublished;
import nl.opstap.events.vocabulary.PlacementKind;
import nl.opstap.support.domain.InvalidTransitionException;
import nl.opstap.support.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class VacancyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Employer EMPLOYER = employer();

    @Test
    void shouldNotPublishWithoutAnAdditionalityStatement() {
        Vacancy vacancy = Vacancy.draft(EMPLOYER, details(null, null), "am", Instant.now());
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> vacancy.publish(TODAY));
        assertTrue(refused.getMessage().contains("additionalityStatement"));
        assertEquals(VacancyStatus.DRAFT, vacancy.status);
    }

    @Test
    void shouldPublishChangeAndCloseWithTheirEvents() {
        Vacancy vacancy = Vacancy.draft(EMPLOYER, details("Komt bovenop de formatie", null), "am", Instant.now());
        List<EventPayload> published = vacancy.publish(TODAY);
        VacancyPublished event = assertInstanceOf(VacancyPublished.class, published.get(0));
        assertEquals("3526", event.postcodeArea());
        assertEquals(TODAY, event.publishedOn());

        assertInstanceOf(VacancyPublished.class, vacancy.change(EMPLOYER, details("Komt bovenop de formatie", null)).get(0));
        assertThrows(RuleViolationException.class, () -> vacancy.change(EMPLOYER, details(" ", null)), "a published vacancy keeps its statement");

        VacancyClosed closed = assertInstanceOf(VacancyClosed.class, vacancy.close(CloseReason.FILLED, TODAY).get(0));
        assertEquals("FILLED", closed.reason());
        assertThrows(InvalidTransitionException.class, () -> vacancy.close(CloseReason.WITHDRAWN, TODAY));
    }

    @Test
    void shouldCloseADraftSilently() {
        Vacancy vacancy = Vacancy.draft(EMPLOYER, details(null, null), "am", Instant.now());
        assertTrue(vacancy.close(CloseReason.WITHDRAWN, TODAY).isEmpty(), "matching never saw the draft");
    }

    @Test
    void shouldExpireOnlyAfterItsEndDate() {
        Vacancy vacancy = Vacancy.draft(EMPLOYER, details("Extra plek", TODAY), "am", Instant.now());
        vacancy.publish(TODAY);
        assertTrue(!vacancy.hasExpired(TODAY));
        assertTrue(vacancy.hasExpired(TODAY.plusDays(1)));
    }

    @Test
    void shouldLendSeasonalPlacesOnlyWithinANetwork() {
        Employer loner = employer();
        VacancyDetails seasonal = details(PlacementKind.SEASONAL_LOAN, "Extra plek", null);
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> Vacancy.draft(loner, seasonal, "am", Instant.now()));
        assertTrue(refused.getMessage().contains("SEASONAL_LOAN"));
        loner.networks.add("Werkgeversnetwerk Inclusief Utrecht");
        assertEquals(VacancyStatus.DRAFT, Vacancy.draft(loner, seasonal, "am", Instant.now()).status);
    }

    static VacancyDetails details(String additionality, LocalDate endDate) {
        return details(PlacementKind.WORK_EXPERIENCE, additionality, endDate);
    }

    static VacancyDetails details(PlacementKind kind, String additionality, LocalDate endDate) {
        return new VacancyDetails(kind, "Medewerker groen", "9214", null, "green", 16, 32, "3526KA", null, endDate,
                1, null, List.of(), List.of(), List.of(), List.of(), null, false, "RC", true, additionality);
    }

    static Employer employer() {
        Employer employer = new Employer();
        employer.id = UUID.randomUUID();
        employer.tenant = "uw";
        return employer;
    }
}
