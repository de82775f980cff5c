package nl.opstap.platform.journey;

import static io.restassured.RestAssured.given;
import static nl.opstap.platform.journey.Calls.as;
import static nl.opstap.platform.journey.Calls.asClient;
import static nl.opstap.platform.journey.Calls.eventually;
import static nl.opstap.platform.journey.RunningPlatform.Service.INTAKE;
import static nl.opstap.platform.journey.RunningPlatform.Service.MATCHING;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.support.testing.PersonalTestData;
import nl.opstap.support.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Two matching-service instances on one database and one consumer group, as two replicas run: each consumes only its
 * share of the partitions, yet both in-memory indexes must answer every ranking the same, whichever instance the
 * events reached.
 */
@Order(3)
class TwoInstancesTest {

    private static final LocalDate TODAY = AmsterdamDay.todayWithRoom(Duration.ofMinutes(15));
    private static final int CLIENTS = 4;
    private static final String GIVEN_NAMES = PersonalTestData.remember("given names", "Twan-Dubbel");
    private static final String FAMILY_NAME = PersonalTestData.remember("family name", "Replicaatsen");

    private static RunningPlatform platform;
    private static String second;

    @BeforeAll
    static void startThePlatformWithASecondMatchingInstance() {
        platform = RunningPlatform.start();
        second = platform.startSecondInstance(MATCHING, 28093);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void bothInstancesRankAlikeWhicheverReceivedTheEvents() {
        String programmeId = Catalogue.programme(false, 3);
        String employerId = Catalogue.employer();
        String vacancyId = Catalogue.publishedVacancy(employerId, 10, TODAY);
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String clientId = asClient("gemeente-utrecht").body(Map.of(
                            "municipalityReference", "TWO-" + UUID.randomUUID(), "bsn", PersonalTestData.bsn(),
                            "name", Map.of("givenNames", GIVEN_NAMES, "familyName", FAMILY_NAME), "dateOfBirth", "1991-05-07",
                            "contact", Map.of("postcode", "3511 AB"), "targetGroup", "PARTICIPATIEWET",
                            "benefitSituation", "RETAINED_BENEFIT", "question", "Werkfit worden"))
                    .post(INTAKE.url() + "/referrals").then().statusCode(201).extract().path("clientId");
            Catalogue.recordInstruments(clientId, TODAY, 24);
            eventually(() -> as("uw-consultant").body(Map.of("programmeId", programmeId))
                    .post(INTAKE.url() + "/clients/" + clientId + "/admission").then().statusCode(200));
            clients.add(clientId);
        }

        // Every client and the vacancy reach both indexes, and both rank them the same.
        for (String instance : List.of(MATCHING.url(), second)) {
            eventually(() -> ranking(instance, vacancyId).then().statusCode(200).body("matches.id", hasItems(clients.toArray(String[]::new))));
        }
        assertEquals(ranking(MATCHING.url(), vacancyId).asString(), ranking(second, vacancyId).asString());

        // A placement made through one instance takes the client out of the pool in both.
        String placed = clients.get(0);
        String proposalId = as("uw-account-manager").body(Map.of("vacancyId", vacancyId, "clientId", placed))
                .post(second + "/proposals").then().statusCode(201).extract().path("id");
        String employer = Tokens.employer("uw", UUID.fromString(employerId));
        given().auth().oauth2(employer).post(MATCHING.url() + "/employer/proposals/" + proposalId + "/interest").then().statusCode(200);
        as("uw-jobcoach").body(Map.of("consentedOn", TODAY.toString())).post(second + "/proposals/" + proposalId + "/consent")
                .then().statusCode(200);
        as("uw-account-manager").body(Map.of("contractType", "PERMANENT", "hoursPerWeek", 24, "startsOn", TODAY.toString()))
                .post(MATCHING.url() + "/proposals/" + proposalId + "/placement").then().statusCode(200).body("stage", equalTo("PLACED"));
        for (String instance : List.of(MATCHING.url(), second)) {
            eventually(() -> ranking(instance, vacancyId).then().statusCode(200).body("matches.id", not(hasItem(placed))));
        }
        assertEquals(ranking(MATCHING.url(), vacancyId).asString(), ranking(second, vacancyId).asString());

        // A vacancy closed at the employer's leaves both.
        as("uw-account-manager").body(Map.of("reason", "FILLED"))
                .post(RunningPlatform.Service.EMPLOYER.url() + "/vacancies/" + vacancyId + "/close").then().statusCode(200);
        for (String instance : List.of(MATCHING.url(), second)) {
            eventually(() -> ranking(instance, vacancyId).then().statusCode(404));
        }
    }

    private static Response ranking(String instance, String vacancyId) {
        return as("uw-account-manager").queryParam("limit", 100).queryParam("nearMisses", 20)
                .get(instance + "/vacancies/" + vacancyId + "/candidates");
    }
}
