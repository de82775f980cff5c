package nl.opstap.trajectory.rest;

import static nl.opstap.support.testing.TokenRequests.asUser;
import static nl.opstap.trajectory.TrajectoryFixtures.consultant;
import static nl.opstap.trajectory.TrajectoryFixtures.jobcoach;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.Topics;
import nl.opstap.support.testing.TopicProbe;
import nl.opstap.trajectory.TrajectoryFixtures;
import nl.opstap.trajectory.service.DailySweep;
import nl.opstap.trajectory.service.TrajectoryService;
import nl.opstap.trajectory.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Signals against lock-in and silent drop-out appear and disappear as the clock moves. */
@QuarkusTest
class SignalsTest {

    @Inject
    MovableClock clock;

    @Inject
    TrajectoryService trajectoryService;

    @Inject
    DailySweep dailySweep;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void signalsFollowTheClock() {
        String programme = TrajectoryFixtures.publish(TrajectoryFixtures.programme("FLAG", false));
        LocalDate start = trajectoryService.today();
        String id = TrajectoryFixtures.admit(UUID.randomUUID(), programme, start);
        consultant().contentType(ContentType.JSON).body(Map.of("priority", "DEVELOPMENT", "goals", List.of(Map.of("category", "DEVELOPMENT",
                "description", "Op tijd komen", "measurableTarget", "4 weken niet te laat", "dueOn", start.plusWeeks(2).toString()))))
                .put("/trajectories/" + id + "/plan").then().statusCode(200);
        signals(id).body("signals", empty());
        jobcoach().contentType(ContentType.JSON).body(Map.of("coach", "uw-jobcoach")).put("/trajectories/" + id + "/coach")
                .then().statusCode(403);
        consultant().contentType(ContentType.JSON).body(Map.of("coach", "uw-jobcoach")).put("/trajectories/" + id + "/coach")
                .then().statusCode(200);

        clock.advance(Duration.ofDays(7 * 5)); // review was due after 4 weeks; the goal after 2
        signals(id).body("signals.kind", hasItem("OVERDUE_REVIEW")).body("signals.kind", hasItem("EXPIRED_GOAL"))
                .body("signals.kind", not(hasItem("NO_RECENT_ACTIVITY")));
        consultant().queryParam("signal", "OVERDUE_REVIEW").queryParam("size", 200).get("/trajectories")
                .then().body("items.id", hasItem(id));
        // The caseload reads the goals of a whole page at once; it must say what the single trajectory says.
        consultant().queryParam("signal", "EXPIRED_GOAL").queryParam("size", 200).get("/trajectories").then()
                .body("items.find { it.id == '" + id + "' }.signals.reason",
                        hasItem("Goal 'Op tijd komen' was due on " + start.plusWeeks(2)));
        // The morning list of the coach says the same, with the reasons.
        dailySweep.run();
        jobcoach().get("/signals/digest").then().statusCode(200)
                .body("coach", equalTo("uw-jobcoach"))
                .body("computedOn", equalTo(trajectoryService.today().toString()))
                .body("items.find { it.trajectoryId == '" + id + "' }.signals.kind", hasItem("OVERDUE_REVIEW"))
                .body("items.find { it.trajectoryId == '" + id + "' }.signals.reason", hasItem(org.hamcrest.Matchers.startsWith("Review was due on")));
        // A coach with nothing signalled (here: in another organisation) gets an empty list dated today, not a 404.
        asUser("pastiel-jobcoach").get("/signals/digest").then().statusCode(200)
                .body("coach", equalTo("pastiel-jobcoach"))
                .body("computedOn", equalTo(trajectoryService.today().toString()))
                .body("items", org.hamcrest.Matchers.empty());

        LocalDate today = trajectoryService.today();
        String goalId = consultant().get("/trajectories/" + id + "/plan").then().extract().path("goals[0].id");
        consultant().contentType(ContentType.JSON).body(Map.of("heldOn", today.toString(),
                        "participants", List.of(Map.of("role", "CLIENT", "name", "client"), Map.of("role", "COACH", "name", "coach")),
                        "goalProgress", List.of(Map.of("goalId", goalId, "status", "ACHIEVED")), "decision", "CONTINUE"))
                .post("/trajectories/" + id + "/reviews").then().statusCode(201);
        signals(id).body("signals", empty());
        dailySweep.run();
        jobcoach().get("/signals/digest").then().statusCode(200)
                .body("items.trajectoryId", not(hasItem(id)));
        consultant().queryParam("signal", "OVERDUE_REVIEW").queryParam("size", 200).get("/trajectories")
                .then().body("items.id", not(hasItem(id)));
        consultant().queryParam("signal", "EXPIRED_GOAL").queryParam("size", 200).get("/trajectories")
                .then().body("items.id", not(hasItem(id)));

        clock.advance(Duration.ofDays(7 * 18)); // 23 weeks in: silent for 18 weeks, maximum end (about 26 weeks) close
        signals(id).body("signals.kind", hasItem("NO_RECENT_ACTIVITY")).body("signals.kind", hasItem("APPROACHING_MAXIMUM_END"))
                .body("signals.kind", hasItem("OVERDUE_REVIEW"));

        clock.advance(Duration.ofDays(7 * 6)); // past the maximum: FLAG keeps it running but says so
        trajectoryService.sweep();
        signals(id).body("status", equalTo("ACTIVE")).body("signals.kind", hasItem("MAXIMUM_END_PASSED"));
        consultant().get("/trajectories/" + id + "/timeline").then().body("kind", hasItem("MAXIMUM_END_PASSED"));
    }

    @Test
    void onlyTheOpenGoalsOfTheCurrentPlanExpire() {
        String programme = TrajectoryFixtures.publish(TrajectoryFixtures.programme("FLAG", false));
        LocalDate start = trajectoryService.today();
        UUID client = UUID.randomUUID();
        String id = TrajectoryFixtures.admit(client, programme, start);
        writePlan(id, Map.of("Eerste versie", start.plusWeeks(1)));
        // Version 2 drops that goal and adds two: one due soon, which gets achieved, one due late.
        writePlan(id, Map.of("Gehaald", start.plusWeeks(1), "Later", start.plusWeeks(20)));
        String achieved = consultant().get("/trajectories/" + id + "/plan").then().body("planVersion", equalTo(2))
                .extract().path("goals.find { it.description == 'Gehaald' }.id");
        consultant().contentType(ContentType.JSON).body(Map.of("status", "ACHIEVED"))
                .put("/trajectories/" + id + "/plan/goals/" + achieved + "/status").then().statusCode(200);

        clock.advance(Duration.ofDays(7 * 3));
        consultant().queryParam("clientId", client.toString()).get("/trajectories").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.signals.kind", not(hasItem("EXPIRED_GOAL")));
        clock.advance(Duration.ofDays(7 * 18));
        consultant().queryParam("clientId", client.toString()).queryParam("signal", "EXPIRED_GOAL").get("/trajectories").then()
                .body("items.find { it.id == '" + id + "' }.signals.findAll { it.kind == 'EXPIRED_GOAL' }.reason",
                        equalTo(List.of("Goal 'Later' was due on " + start.plusWeeks(20))));
    }

    private static void writePlan(String trajectoryId, Map<String, LocalDate> goalsDue) {
        List<Map<String, String>> goals = goalsDue.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(g -> Map.of("category", "DEVELOPMENT", "description", g.getKey(), "measurableTarget", "afgesproken",
                        "dueOn", g.getValue().toString())).toList();
        consultant().contentType(ContentType.JSON).body(Map.of("priority", "DEVELOPMENT", "goals", goals))
                .put("/trajectories/" + trajectoryId + "/plan").then().statusCode(200);
    }

    @Test
    void aProgrammeThatRefersBackAtTheMaximumEndsTheTrajectory() {
        String programme = TrajectoryFixtures.publish(TrajectoryFixtures.programme("END_REFERRED_BACK", false));
        UUID client = UUID.randomUUID();
        String id = TrajectoryFixtures.admit(client, programme, trajectoryService.today());
        try (TopicProbe probe = TopicProbe.open(Topics.TRAJECTORY_TRAJECTORY)) {
            clock.advance(Duration.ofDays(190));
            trajectoryService.sweep();
            probe.await(r -> client.toString().equals(r.key()) && r.value().contains("trajectory.ended")
                    && r.value().contains("REFERRED_BACK"), Duration.ofSeconds(20));
        }
        signals(id).body("status", equalTo("ENDED")).body("outcome", equalTo("REFERRED_BACK")).body("signals", empty());
    }

    private static io.restassured.response.ValidatableResponse signals(String id) {
        return consultant().get("/trajectories/" + id).then().statusCode(200);
    }
}
