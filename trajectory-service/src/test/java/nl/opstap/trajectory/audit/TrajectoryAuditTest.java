package nl.opstap.trajectory.audit;

import static nl.opstap.support.testing.TokenRequests.asUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

/** Reads of a client's trajectory reach the audit trail under the client's pseudonym, though the path names the trajectory. */
@QuarkusTest
class TrajectoryAuditTest {

    @Test
    void readingATrajectoryItsPlanAndTheCaseloadIsLoggedForTheClient() {
        UUID clientId = UUID.randomUUID();
        String programme = TrajectoryFixtures.publish(TrajectoryFixtures.programme("FLAG", false));
        String trajectoryId = TrajectoryFixtures.admit(clientId, programme, LocalDate.now());

        asUser("uw-jobcoach").get("/trajectories/" + trajectoryId).then().statusCode(200);
        asUser("uw-jobcoach").get("/trajectories/" + trajectoryId + "/reviews").then().statusCode(200);
        asUser("uw-jobcoach").queryParam("clientId", clientId.toString()).get("/trajectories").then().statusCode(200);
        // A caseload page of two clients is one entry naming both, found under either.
        UUID other = UUID.randomUUID();
        TrajectoryFixtures.admit(other, programme, LocalDate.now());
        List<String> page = asUser("uw-consultant").queryParam("size", 2).get("/trajectories").then().statusCode(200)
                .extract().path("items.clientId");
        // Another organisation's id is not found, and nothing is logged for it.
        asUser("pastiel-jobcoach").get("/trajectories/" + trajectoryId).then().statusCode(404);

        asUser("uw-auditor").queryParam("clientId", clientId.toString()).queryParam("size", 200).get("/audit/entries")
                .then().statusCode(200)
                .body("items.clientIds", everyItem(hasItem(clientId.toString())))
                .body("items.endpoint", hasItems("GET /trajectories/{id}", "GET /trajectories/{id}/reviews", "GET /trajectories"))
                .body("items.find { it.endpoint == 'GET /trajectories/{id}' }.actor", equalTo("uw-jobcoach"))
                .body("items.find { it.endpoint == 'GET /trajectories/{id}' }.purpose", containsString("work-fit trajectory"))
                .body("items.find { it.endpoint == 'GET /trajectories/{id}/reviews' }.category", equalTo("review"))
                .body("items.findAll { it.actor == 'pastiel-jobcoach' }.size()", equalTo(0));
        asUser("uw-auditor").queryParam("clientId", page.get(1)).queryParam("size", 1).get("/audit/entries").then().statusCode(200)
                .body("items[0].endpoint", equalTo("GET /trajectories")).body("items[0].actor", equalTo("uw-consultant"))
                .body("items[0].clientIds", equalTo(page));
        asUser("pastiel-auditor").queryParam("clientId", clientId.toString()).get("/audit/entries")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }
}
