package nl.opstap.matching.privacy;

import static io.restassured.RestAssured.given;
import static nl.opstap.matching.messaging.MatchingEvents.admitted;
import static nl.opstap.matching.messaging.MatchingEvents.gardeningVacancy;
import static nl.opstap.matching.messaging.MatchingEvents.send;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.Topics;
import nl.opstap.events.TrajectoryStarted;
import nl.opstap.support.testing.DataSubjectRequestProbe;
import nl.opstap.support.testing.Tokens;
import org.junit.jupiter.api.Test;

/** matching-service's part of a data-subject request: the candidate profile exported, then gone from database and index. */
@QuarkusTest
class MatchingDataSubjectRequestTest {

    private static final String SERVICE = "matching-service";

    @Test
    void anErasedCandidateLeavesTheProfileTableAndTheIndex() {
        UUID vacancy = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        send(Topics.EMPLOYER_VACANCY, "uw", vacancy, gardeningVacancy(vacancy, UUID.randomUUID()));
        send(Topics.INTAKE_CLIENT, "uw", client, admitted(client));
        send(Topics.TRAJECTORY_TRAJECTORY, "uw", client, new TrajectoryStarted(UUID.randomUUID(), client, UUID.randomUUID(), 1,
                "ORIENTATION", LocalDate.of(2026, 11, 3), LocalDate.of(2027, 11, 3)));
        await().atMost(Duration.ofSeconds(30)).until(() -> ranked(vacancy).contains(client.toString()));

        DataSubjectRequestProbe.Answer export = DataSubjectRequestProbe.export(SERVICE, "uw", client);
        JsonNode profile = export.part().at("/candidate-profile/0");
        assertEquals(client.toString(), profile.path("client_id").asText());
        assertEquals("AVAILABLE", profile.path("pool_status").asText());
        assertEquals(1, export.part().path("trajectories").size());

        assertEquals(1, DataSubjectRequestProbe.erase(SERVICE, "uw", client).records());
        as().get("/candidates/" + client).then().statusCode(404);
        await().atMost(Duration.ofSeconds(10)).until(() -> !ranked(vacancy).contains(client.toString()));
        assertFalse(ranked(vacancy).contains(client.toString()));
        as().get("/candidates/" + client + "/vacancies").then().statusCode(404);
        assertEquals(0, DataSubjectRequestProbe.export(SERVICE, "uw", client).part().path("candidate-profile").size());
    }

    private static List<String> ranked(UUID vacancy) {
        Response r = as().get("/vacancies/" + vacancy + "/candidates?limit=100");
        return r.statusCode() == 200 ? r.path("matches.id") : List.of();
    }

    private static io.restassured.specification.RequestSpecification as() {
        return given().auth().oauth2(Tokens.user("uw-account-manager"));
    }
}
