package nl.opstap.matching.messaging;

import static io.restassured.RestAssured.given;
import static nl.opstap.matching.messaging.MatchingEvents.admitted;
import static nl.opstap.matching.messaging.MatchingEvents.gardeningVacancy;
import static nl.opstap.matching.messaging.MatchingEvents.send;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.PlacementEnded;
import nl.opstap.events.Topics;
import nl.opstap.events.TrajectoryEnded;
import nl.opstap.events.TrajectoryStarted;
import nl.opstap.events.VacancyClosed;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.support.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PoolProjectionTest {

    static final String ACCOUNT_MANAGER = "uw-account-manager";

    @Test
    void aCandidateLeavesThePoolWhenPlacedReturnsWhenThePlacementEndsAndLeavesWhenTheTrajectoryEnds() {
        UUID vacancy = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        UUID trajectory = UUID.randomUUID();
        UUID placement = UUID.randomUUID();
        send(Topics.EMPLOYER_VACANCY, "uw", vacancy, gardeningVacancy(vacancy, UUID.randomUUID()));
        send(Topics.INTAKE_CLIENT, "uw", client, admitted(client));
        send(Topics.INTAKE_CLIENT, "uw", client, admitted(client)); // another admission event, same profile
        send(Topics.TRAJECTORY_TRAJECTORY, "uw", client, new TrajectoryStarted(trajectory, client, UUID.randomUUID(), 1,
                "ORIENTATION", LocalDate.of(2026, 11, 3), LocalDate.of(2027, 11, 3)));

        awaitStatus(client, "AVAILABLE");
        Response ranking = awaitRanking(vacancy, client, true);
        ranking.then().body("matches.find { it.id == '" + client + "' }.failed.size()", equalTo(0))
                .body("matches.find { it.id == '" + client + "' }.gaps", hasItem("wished certificate BHV not held"));

        send(Topics.MATCHING_PLACEMENT, "uw", client, new ClientPlaced(placement, client, vacancy, UUID.randomUUID(),
                ContractType.PERMANENT, 32, TargetGroup.PARTICIPATIEWET, false, LocalDate.of(2026, 12, 1)));
        awaitStatus(client, "PLACED");
        awaitRanking(vacancy, client, false);

        send(Topics.MATCHING_PLACEMENT, "uw", client, new PlacementEnded(placement, client, UUID.randomUUID(), "DISMISSED",
                LocalDate.of(2027, 1, 15)));
        awaitStatus(client, "AVAILABLE");
        awaitRanking(vacancy, client, true);

        send(Topics.TRAJECTORY_TRAJECTORY, "uw", client, new TrajectoryEnded(trajectory, client, UUID.randomUUID(),
                TrajectoryOutcome.DROPPED_OUT, LocalDate.of(2026, 11, 3), LocalDate.of(2027, 2, 1)));
        awaitStatus(client, "TRAJECTORY_ENDED");
        awaitRanking(vacancy, client, false);
    }

    @Test
    void aPlacementArrivingBeforeTheAdmissionIsKeptAndCounts() {
        UUID client = UUID.randomUUID();
        send(Topics.MATCHING_PLACEMENT, "uw", client, new ClientPlaced(UUID.randomUUID(), client, UUID.randomUUID(),
                UUID.randomUUID(), ContractType.PERMANENT, 32, TargetGroup.PARTICIPATIEWET, false, LocalDate.of(2026, 12, 1)));
        send(Topics.INTAKE_CLIENT, "uw", client, admitted(client));
        awaitStatus(client, "PLACED");
    }

    @Test
    void aVacancyClosedBeforeItsPublicationStaysClosed() {
        UUID vacancy = UUID.randomUUID();
        UUID employer = UUID.randomUUID();
        send(Topics.EMPLOYER_VACANCY, "uw", vacancy, new VacancyClosed(vacancy, employer, "FILLED", LocalDate.of(2026, 11, 21)));
        send(Topics.EMPLOYER_VACANCY, "uw", vacancy, gardeningVacancy(vacancy, employer));

        await().atMost(Duration.ofSeconds(30)).until(() -> as(ACCOUNT_MANAGER).get("/vacancies/" + vacancy).statusCode() == 200);
        as(ACCOUNT_MANAGER).get("/vacancies/" + vacancy).then().body("closedOn", equalTo("2026-11-21"));
        as(ACCOUNT_MANAGER).get("/vacancies/" + vacancy + "/candidates").then().statusCode(404);
    }

    @Test
    void rankingsStayInsideTheOrganisation() {
        UUID vacancy = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        send(Topics.EMPLOYER_VACANCY, "uw", vacancy, gardeningVacancy(vacancy, UUID.randomUUID()));
        send(Topics.INTAKE_CLIENT, "uw", client, admitted(client));
        awaitRanking(vacancy, client, true);

        as("uw-jobcoach").get("/candidates/" + client + "/vacancies?limit=100").then().statusCode(200)
                .body("matches.id", hasItem(vacancy.toString()));
        as("pastiel-account-manager").get("/vacancies/" + vacancy + "/candidates").then().statusCode(404);
        as("pastiel-jobcoach").get("/candidates/" + client + "/vacancies").then().statusCode(404);
        as("uw-jobcoach").get("/vacancies/" + vacancy + "/candidates").then().statusCode(403);
        as(ACCOUNT_MANAGER).get("/vacancies/" + vacancy + "/candidates?limit=101").then().statusCode(400);
    }

    private static void awaitStatus(UUID client, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response r = as(ACCOUNT_MANAGER).get("/candidates/" + client);
            return r.statusCode() == 200 && status.equals(r.path("poolStatus"));
        });
    }

    /** Waits until the client is (or is no longer) among the vacancy's matches; the index follows after commit. */
    private static Response awaitRanking(UUID vacancy, UUID client, boolean included) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response r = as(ACCOUNT_MANAGER).get("/vacancies/" + vacancy + "/candidates?limit=100");
            return r.statusCode() == 200 && ((List<String>) r.path("matches.id")).contains(client.toString()) == included;
        });
        Response r = as(ACCOUNT_MANAGER).get("/vacancies/" + vacancy + "/candidates?limit=100");
        r.then().body("matches.id", included ? hasItem(client.toString()) : not(hasItem(client.toString())))
                .body("considered", notNullValue());
        return r;
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user));
    }
}
