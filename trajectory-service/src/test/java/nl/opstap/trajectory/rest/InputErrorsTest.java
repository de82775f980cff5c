package nl.opstap.trajectory.rest;

import static nl.opstap.trajectory.TrajectoryFixtures.consultant;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.Topics;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.support.testing.TopicWriter;
import nl.opstap.trajectory.TrajectoryFixtures;
import nl.opstap.trajectory.service.TrajectoryService;
import org.junit.jupiter.api.Test;

/**
 * A mistake in the input is a 400 that names the field, also where only the trajectory can tell (a date outside its
 * period, a phase or goal it does not have); a trajectory's parts are not found when the trajectory is not.
 */
@QuarkusTest
class InputErrorsTest {

    @Inject
    TrajectoryService trajectoryService;

    @Test
    void shouldNameEndedOnForAnEndBeforeTheStartOrInTheFuture() {
        String id = admitted();
        LocalDate today = trajectoryService.today();
        for (LocalDate endedOn : List.of(today.minusDays(1), today.plusDays(1))) {
            fieldError(consultant().contentType(ContentType.JSON).body(Map.of("outcome", "DROPPED_OUT", "endedOn", endedOn.toString()))
                    .post("/trajectories/" + id + "/end"), "endedOn", "must lie between the start (" + today + ") and today");
        }
        consultant().get("/trajectories/" + id).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void shouldNamePhaseForAPhaseTheProgrammeDoesNotHave() {
        fieldError(consultant().contentType(ContentType.JSON).body(Map.of("phase", "nowhere")).put("/trajectories/" + admitted() + "/phase"),
                "phase", "must be one of the programme's phases [preparation, work-experience, outflow]");
    }

    @Test
    void shouldNameHeldOnForAReviewInTheFuture() {
        String heldOn = trajectoryService.today().plusDays(1).toString();
        fieldError(consultant().contentType(ContentType.JSON).body(review(heldOn, Map.of()))
                .post("/trajectories/" + admitted() + "/reviews"), "heldOn", "must lie between the start (" + trajectoryService.today() + ") and today");
    }

    @Test
    void shouldNameNextReviewOnWhenItIsNotAfterTheReview() {
        String today = trajectoryService.today().toString();
        fieldError(consultant().contentType(ContentType.JSON).body(review(today, Map.of("nextReviewOn", today)))
                .post("/trajectories/" + admitted() + "/reviews"), "nextReviewOn", "must be after heldOn");
    }

    @Test
    void shouldNameTheProgressItemWhoseGoalThePlanDoesNotHave() {
        Map<String, Object> progress = Map.of("goalProgress", List.of(Map.of("goalId", UUID.randomUUID().toString())));
        fieldError(consultant().contentType(ContentType.JSON).body(review(trajectoryService.today().toString(), progress))
                .post("/trajectories/" + admitted() + "/reviews"), "goalProgress[0].goalId", "is not a goal of the current plan");
    }

    @Test
    void shouldNameContactOnForAnAftercareContactBeforeThePlacement() {
        UUID client = UUID.randomUUID();
        LocalDate today = trajectoryService.today();
        String id = TrajectoryFixtures.admit(client, publishedProgramme(), today);
        TopicWriter.send(Topics.MATCHING_PLACEMENT, client.toString(), EventJson.write(EventEnvelope.of("matching-service", "uw",
                client.toString(), Instant.now(), new ClientPlaced(UUID.randomUUID(), client, UUID.randomUUID(), UUID.randomUUID(),
                        ContractType.PERMANENT, 36, TargetGroup.PARTICIPATIEWET, false, today))));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "IN_AFTERCARE".equals(consultant().get("/trajectories/" + id).then().extract().path("status")));

        fieldError(consultant().contentType(ContentType.JSON).body(Map.of("contactOn", today.minusDays(1).toString(), "kind", "PHONE"))
                .post("/trajectories/" + id + "/aftercare-contacts"), "contactOn", "must lie between the placement (" + today + ") and today");
    }

    @Test
    void shouldNotFindThePartsOfAnUnknownTrajectory() {
        String unknown = "/trajectories/" + UUID.randomUUID();
        for (String part : List.of("/plan", "/reviews", "/extensions", "/aftercare-contacts", "/timeline")) {
            consultant().get(unknown + part).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://opstap.nl/problems/not-found"));
        }
    }

    @Test
    void shouldNotFindAPlanBeforeOneIsWritten() {
        String id = admitted();
        consultant().get("/trajectories/" + id + "/plan").then().statusCode(404)
                .body("detail", equalTo("Development plan of trajectory " + id + " not found"));
    }

    private static String programme;
    private static String admitted;

    /** One active trajectory for the tests that only read it or are refused: admitting takes a round trip through Kafka. */
    private String admitted() {
        if (admitted == null) {
            admitted = TrajectoryFixtures.admit(UUID.randomUUID(), publishedProgramme(), trajectoryService.today());
        }
        return admitted;
    }

    private static String publishedProgramme() {
        if (programme == null) {
            programme = TrajectoryFixtures.publish(TrajectoryFixtures.programme("FLAG", true));
        }
        return programme;
    }

    private static Map<String, Object> review(String heldOn, Map<String, Object> more) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("heldOn", heldOn, "decision", "CONTINUE",
                "participants", List.of(Map.of("role", "CLIENT", "name", "client"))));
        body.putAll(more);
        return body;
    }

    private static void fieldError(io.restassured.response.Response response, String field, String message) {
        ValidatableResponse answer = response.then().statusCode(400).contentType("application/problem+json");
        answer.body("violations.size()", equalTo(1)).body("violations[0].field", equalTo(field)).body("violations[0].message", equalTo(message));
    }
}
