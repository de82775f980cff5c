package nl.opstap.employer.rest;

import static io.restassured.RestAssured.given;
import static nl.opstap.employer.testing.Fixtures.ACCOUNT_MANAGER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.employer.service.DailySweep;
import nl.opstap.employer.testing.Fixtures;
import nl.opstap.employer.testing.TravellingClock;
import nl.opstap.events.EventJson;
import nl.opstap.events.EventSchemas;
import nl.opstap.events.EventType;
import nl.opstap.events.Topics;
import nl.opstap.events.VacancyClosed;
import nl.opstap.events.VacancyPublished;
import nl.opstap.support.json.StoredJson;
import nl.opstap.support.testing.TopicProbe;
import nl.opstap.support.testing.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Publishing, changing and closing put their events on opstap.employer.vacancy.v1, valid against the published schemas. */
@QuarkusTest
class VacancyEventsTest {

    @Inject
    DailySweep sweep;

    @Inject
    TravellingClock clock;

    @AfterEach
    void backToNow() {
        clock.backToNow();
    }

    @Test
    void shouldNotPublishWithoutTheAdditionalityStatement() {
        UUID vacancy = Fixtures.vacancy(Tokens.user(ACCOUNT_MANAGER), Fixtures.employer(), Fixtures.vacancyBody(null));
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).post("/vacancies/" + vacancy + "/publish")
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString("additionalityStatement"));
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).get("/vacancies/" + vacancy).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void shouldPublishChangeAndCloseWithSchemaValidEvents() {
        UUID employer = Fixtures.employer();
        UUID vacancy = Fixtures.vacancy(Tokens.user(ACCOUNT_MANAGER), employer, Fixtures.vacancyBody("Komt bovenop de formatie"));
        try (TopicProbe probe = TopicProbe.open(Topics.EMPLOYER_VACANCY)) {
            given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).post("/vacancies/" + vacancy + "/publish").then().statusCode(200);
            VacancyPublished published = read(probe.await(TopicProbe.valueContains(vacancy.toString()), Duration.ofSeconds(30)),
                    EventType.VACANCY_PUBLISHED, VacancyPublished.class);
            assertEquals(employer, published.employerId());
            assertEquals("9214", published.occupationIsco());
            assertEquals(16, published.hoursPerWeekMin());
            assertEquals(32, published.hoursPerWeek());
            assertEquals("3526", published.postcodeArea());
            assertEquals(3, published.requiredCompetences().motivation());

            Map<String, Object> changed = Fixtures.vacancyBody("Komt bovenop de formatie");
            changed.put("hoursPerWeekMax", 24);
            given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON).body(changed)
                    .put("/vacancies/" + vacancy).then().statusCode(200);
            probe.await(r -> r.value().contains(vacancy.toString()) && r.value().contains("\"hoursPerWeek\":24"), Duration.ofSeconds(30));

            given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON).body(Map.of("reason", "FILLED"))
                    .post("/vacancies/" + vacancy + "/close").then().statusCode(200).body("closeReason", equalTo("FILLED"));
            VacancyClosed closed = read(probe.await(r -> r.value().contains(vacancy.toString()) && r.value().contains("vacancy.closed"),
                    Duration.ofSeconds(30)), EventType.VACANCY_CLOSED, VacancyClosed.class);
            assertEquals("FILLED", closed.reason());
        }
    }

    @Test
    void shouldExpireAPublishedVacancyAfterItsEndDate() {
        Map<String, Object> body = Fixtures.vacancyBody("Seizoensplek bovenop de formatie");
        LocalDate endDate = LocalDate.now().plusDays(10);
        body.put("kind", "SEASONAL_LOAN");
        body.put("endDate", endDate.toString());
        Map<String, Object> networked = Fixtures.employerBody("Kwekerij " + UUID.randomUUID());
        networked.put("networks", List.of("Werkgeversnetwerk Inclusief Utrecht"));
        UUID vacancy = Fixtures.vacancy(Tokens.user(ACCOUNT_MANAGER), Fixtures.employer(ACCOUNT_MANAGER, networked), body);
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).post("/vacancies/" + vacancy + "/publish").then().statusCode(200);
        try (TopicProbe probe = TopicProbe.open(Topics.EMPLOYER_VACANCY)) {
            clock.travelTo(endDate);
            assertTrue(sweep.run());
            given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).get("/vacancies/" + vacancy).then().body("status", equalTo("PUBLISHED"));

            clock.travelTo(endDate.plusDays(1));
            assertTrue(sweep.run());
            given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).get("/vacancies/" + vacancy)
                    .then().body("status", equalTo("CLOSED")).body("closeReason", equalTo("EXPIRED"));
            VacancyClosed closed = read(probe.await(r -> r.value().contains(vacancy.toString()) && r.value().contains("vacancy.closed"),
                    Duration.ofSeconds(30)), EventType.VACANCY_CLOSED, VacancyClosed.class);
            assertEquals("EXPIRED", closed.reason());
            assertEquals(endDate.plusDays(1), closed.closedOn());
        }
    }

    private static <T> T read(ConsumerRecord<String, String> record, EventType type, Class<T> payload) {
        assertFalse(record.key() == null, "keyed by vacancy id");
        assertTrue(EventSchemas.violations(type, StoredJson.tree(record.value())).isEmpty(),
                () -> "schema violations: " + EventSchemas.violations(type, StoredJson.tree(record.value())));
        return EventJson.read(record.value(), payload).data();
    }
}
