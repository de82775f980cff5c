package nl.opstap.trajectory.rest;

import static nl.opstap.support.testing.TokenRequests.asUser;
import static nl.opstap.trajectory.TrajectoryFixtures.consultant;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.AftercareEnded;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.Topics;
import nl.opstap.events.TrajectoryEnded;
import nl.opstap.events.TrajectoryExtended;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.support.testing.TopicProbe;
import nl.opstap.support.testing.TopicWriter;
import nl.opstap.trajectory.TrajectoryFixtures;
import nl.opstap.trajectory.service.TrajectoryService;
import nl.opstap.trajectory.testing.MovableClock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lifecycle through the API and the event stream: start, plan, review, extend, place, aftercare. */
@QuarkusTest
class TrajectoryLifecycleTest {

    @Inject
    MovableClock clock;

    @Inject
    TrajectoryService trajectoryService;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fromAdmissionToClosedAftercare() {
        String programme = TrajectoryFixtures.publish(TrajectoryFixtures.programme("FLAG", true));
        UUID client = UUID.randomUUID();
        LocalDate today = trajectoryService.today();
        String id = admittedOnceHoweverOftenAdmitted(client, programme, today);
        coachAssigned(id);
        String goalId = planWrittenSignedAndChanged(id, today);
        reviewed(id, today, goalId);
        extendedWithinPolicyOnly(id, client, today);
        phaseChanged(id);
        placedIntoAftercare(id, client, today);
        aftercareClosedBySweep(client);
        consultant().get("/trajectories/" + id).then().body("status", equalTo("CLOSED"));

        List<String> kinds = consultant().get("/trajectories/" + id + "/timeline").then().statusCode(200).extract().path("kind");
        assertEquals(List.of("STARTED", "COACH_ASSIGNED", "PLAN_VERSION", "PLAN_SIGNED", "PLAN_SIGNED", "PLAN_VERSION", "REVIEW",
                "EXTENSION_REFUSED", "EXTENSION_REFUSED", "EXTENSION_REQUESTED", "EXTENDED", "EXTENSION_REFUSED", "PHASE_CHANGED", "ENDED",
                "AFTERCARE_STARTED", "AFTERCARE_CONTACT", "AFTERCARE_ENDED"), kinds);
        consultant().get("/trajectories/" + id + "/timeline").then().body("actor", hasItems("uw-consultant", "uw-admin", "system"));

        // Another organisation sees none of it.
        asUser("pastiel-consultant").get("/trajectories/" + id).then().statusCode(404);
        asUser("pastiel-consultant").get("/trajectories/" + id + "/timeline").then().statusCode(404);
        asUser("pastiel-consultant").queryParam("size", 200).get("/trajectories")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        asUser("uw-analyst").get("/trajectories/" + id).then().statusCode(403);
    }

    private String admittedOnceHoweverOftenAdmitted(UUID client, String programme, LocalDate today) {
        String id;
        try (TopicProbe probe = TopicProbe.open(Topics.TRAJECTORY_TRAJECTORY)) {
            String admission = TrajectoryFixtures.admission(client, programme, today);
            TopicWriter.send(Topics.INTAKE_CLIENT, client.toString(), admission);
            TopicWriter.send(Topics.INTAKE_CLIENT, client.toString(), admission); // redelivery: still one trajectory
            id = TrajectoryFixtures.admit(client, programme, today); // a second, distinct admission while one runs: ignored too
            probe.await(r -> client.toString().equals(r.key()) && r.value().contains("trajectory.started"), Duration.ofSeconds(20));
            List<ConsumerRecord<String, String>> started = probe.collect(
                    r -> client.toString().equals(r.key()) && r.value().contains("trajectory.started"), Duration.ofSeconds(2));
            assertEquals(1, started.size(), "one trajectory per client, however often admitted");
        }
        consultant().queryParam("clientId", client.toString()).get("/trajectories").then().body("totalItems", equalTo(1));
        consultant().get("/trajectories/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("phase", equalTo("preparation"))
                .body("plannedEndOn", equalTo(today.plusMonths(6).toString()))
                .body("nextReviewOn", equalTo(today.plusWeeks(4).toString()));
        return id;
    }

    private void coachAssigned(String id) {
        consultant().contentType(ContentType.JSON).body(Map.of("coach", "uw-consultant")).put("/trajectories/" + id + "/coach")
                .then().statusCode(200).body("coach", equalTo("uw-consultant"));
        consultant().queryParam("coach", "me").queryParam("size", 200).get("/trajectories").then().body("items.id", hasItem(id));
    }

    /** Returns the id of the changed plan's goal. */
    private String planWrittenSignedAndChanged(String id, LocalDate today) {
        // Development plan: write, sign by both, an identical write changes nothing, a material change needs new signatures.
        Map<String, Object> plan = Map.of("priority", "LABOUR_MARKET_CHANCES", "goals", List.of(
                Map.of("category", "DEVELOPMENT", "description", "Zes uur per dag volhouden", "measurableTarget", "4 weken, 3 dagen per week",
                        "dueOn", today.plusWeeks(8).toString()),
                Map.of("category", "LABOUR_MARKET_CHANCES", "description", "CV en sollicitatiebrief", "measurableTarget", "CV klaar",
                        "dueOn", today.plusWeeks(3).toString())));
        consultant().contentType(ContentType.JSON).body(plan).put("/trajectories/" + id + "/plan")
                .then().statusCode(200).body("planVersion", equalTo(1)).body("signed", equalTo(false));
        // The client's signature says how the client signed; without it the plan would only show that a professional clicked.
        consultant().contentType(ContentType.JSON).body(Map.of("signer", "CLIENT")).post("/trajectories/" + id + "/plan/signatures")
                .then().statusCode(400).body("violations.field", hasItem("method"));
        consultant().contentType(ContentType.JSON).body(Map.of("signer", "COACH", "method", "ON_PAPER"))
                .post("/trajectories/" + id + "/plan/signatures").then().statusCode(400).body("violations.field", hasItem("method"));
        consultant().contentType(ContentType.JSON).body(Map.of("signer", "CLIENT", "method", "ON_PAPER", "signedOn",
                        trajectoryService.today().plusDays(1).toString()))
                .post("/trajectories/" + id + "/plan/signatures").then().statusCode(422);
        consultant().contentType(ContentType.JSON).body(Map.of("signer", "CLIENT", "method", "IN_PERSON_WITH_COACH"))
                .post("/trajectories/" + id + "/plan/signatures")
                .then().statusCode(200).body("signed", equalTo(false))
                .body("clientSignatureMethod", equalTo("IN_PERSON_WITH_COACH"))
                .body("clientSignedOn", equalTo(trajectoryService.today().toString()))
                .body("clientSignedBy", equalTo("uw-consultant"));
        consultant().contentType(ContentType.JSON).body(Map.of("signer", "COACH")).post("/trajectories/" + id + "/plan/signatures")
                .then().statusCode(200).body("signed", equalTo(true));
        consultant().contentType(ContentType.JSON).body(Map.of("signer", "COACH")).post("/trajectories/" + id + "/plan/signatures")
                .then().statusCode(409);
        consultant().contentType(ContentType.JSON).body(plan).put("/trajectories/" + id + "/plan")
                .then().statusCode(200).body("planVersion", equalTo(1)).body("signed", equalTo(true));
        Map<String, Object> changed = Map.of("priority", "LABOUR_MARKET_CHANCES", "goals", List.of(
                Map.of("category", "DEVELOPMENT", "description", "Zes uur per dag volhouden", "measurableTarget", "6 weken, 4 dagen per week",
                        "dueOn", today.plusWeeks(8).toString())));
        return consultant().contentType(ContentType.JSON).body(changed).put("/trajectories/" + id + "/plan")
                .then().statusCode(200).body("planVersion", equalTo(2)).body("signed", equalTo(false)).extract().path("goals[0].id");
    }

    private void reviewed(String id, LocalDate today, String goalId) {
        // A three-way review sets the next review from the schedule.
        consultant().contentType(ContentType.JSON).body(Map.of("heldOn", today.toString(),
                        "participants", List.of(Map.of("role", "CLIENT", "name", "client"), Map.of("role", "COACH", "name", "uw-consultant"),
                                Map.of("role", "EMPLOYER", "name", "Groenbedrijf De Linde")),
                        "goalProgress", List.of(Map.of("goalId", goalId, "note", "Gaat goed")), "decision", "CONTINUE"))
                .post("/trajectories/" + id + "/reviews").then().statusCode(201)
                .body("nextReviewOn", equalTo(today.plusWeeks(4).toString()));
        consultant().contentType(ContentType.JSON).body(Map.of("heldOn", today.toString(), "participants", List.of(),
                "decision", "CONTINUE")).post("/trajectories/" + id + "/reviews").then().statusCode(400)
                .body("violations.field", hasItem("participants"));
    }

    private void extendedWithinPolicyOnly(String id, UUID client, LocalDate today) {
        // Extensions against the policy: too long is refused and kept with reason and proposed exit.
        consultant().contentType(ContentType.JSON).body(Map.of("months", 6, "reasonCode", "PLACEMENT_IN_SIGHT"))
                .post("/trajectories/" + id + "/extensions").then().statusCode(422)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("at most 3 month"));
        consultant().contentType(ContentType.JSON).body(Map.of("months", 2, "reasonCode", "HOLIDAY"))
                .post("/trajectories/" + id + "/extensions").then().statusCode(422);
        consultant().get("/trajectories/" + id + "/extensions").then()
                .body("status", equalTo(List.of("REFUSED", "REFUSED")))
                .body("proposedExit", hasItem("REFERRED_BACK"));
        String extension = consultant().contentType(ContentType.JSON).body(Map.of("months", 2, "reasonCode", "PLACEMENT_IN_SIGHT"))
                .post("/trajectories/" + id + "/extensions").then().statusCode(201).body("status", equalTo("REQUESTED")).extract().path("id");
        consultant().post("/trajectories/" + id + "/extensions/" + extension + "/approval").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("someone other than"));
        asUser("uw-jobcoach").post("/trajectories/" + id + "/extensions/" + extension + "/approval")
                .then().statusCode(403).body("detail", org.hamcrest.Matchers.containsString("consultant, admin"));
        try (TopicProbe probe = TopicProbe.open(Topics.TRAJECTORY_TRAJECTORY)) {
            asUser("uw-admin").post("/trajectories/" + id + "/extensions/" + extension + "/approval")
                    .then().statusCode(200).body("status", equalTo("APPROVED"));
            ConsumerRecord<String, String> record = probe.await(
                    r -> client.toString().equals(r.key()) && r.value().contains("trajectory.extended"), Duration.ofSeconds(20));
            TrajectoryExtended extended = EventJson.read(record.value(), TrajectoryExtended.class).data();
            assertEquals(today.plusMonths(6).plusMonths(2), extended.newPlannedEndOn());
            assertEquals(1, extended.extensionNumber());
        }
        consultant().contentType(ContentType.JSON).body(Map.of("months", 1, "reasonCode", "MEDICAL"))
                .post("/trajectories/" + id + "/extensions").then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("at most 1 extension"));
    }

    private void phaseChanged(String id) {
        consultant().contentType(ContentType.JSON).body(Map.of("phase", "nowhere")).put("/trajectories/" + id + "/phase")
                .then().statusCode(400).body("violations.field", hasItem("phase"));
        consultant().contentType(ContentType.JSON).body(Map.of("phase", "work-experience")).put("/trajectories/" + id + "/phase")
                .then().statusCode(200).body("phase", equalTo("work-experience"));
    }

    private void placedIntoAftercare(String id, UUID client, LocalDate today) {
        // Placement (from matching) ends the trajectory with its outcome and starts aftercare.
        try (TopicProbe probe = TopicProbe.open(Topics.TRAJECTORY_TRAJECTORY)) {
            TopicWriter.send(Topics.MATCHING_PLACEMENT, client.toString(), EventJson.write(EventEnvelope.of("matching-service", "uw",
                    client.toString(), Instant.now(), new ClientPlaced(UUID.randomUUID(), client, UUID.randomUUID(), UUID.randomUUID(),
                            ContractType.FIXED_TERM, 24, TargetGroup.PARTICIPATIEWET, false, today))));
            ConsumerRecord<String, String> record = probe.await(
                    r -> client.toString().equals(r.key()) && r.value().contains("trajectory.ended"), Duration.ofSeconds(30));
            assertEquals(TrajectoryOutcome.REGULAR_WORK_PART_TIME, EventJson.read(record.value(), TrajectoryEnded.class).data().outcome());
        }
        consultant().get("/trajectories/" + id).then().body("status", equalTo("IN_AFTERCARE"))
                .body("aftercareEndsOn", equalTo(today.plusMonths(3).toString()));
        consultant().contentType(ContentType.JSON).body(Map.of("contactOn", today.toString(), "kind", "VISIT_EMPLOYER", "notes", "Loopt goed"))
                .post("/trajectories/" + id + "/aftercare-contacts").then().statusCode(201);
        consultant().contentType(ContentType.JSON).body(Map.of("outcome", "DROPPED_OUT", "endedOn", today.toString()))
                .post("/trajectories/" + id + "/end").then().statusCode(409);
    }

    private void aftercareClosedBySweep(UUID client) {
        // Three months on, the daily sweep closes aftercare.
        try (TopicProbe probe = TopicProbe.open(Topics.TRAJECTORY_TRAJECTORY)) {
            clock.advance(Duration.ofDays(93));
            trajectoryService.sweep();
            ConsumerRecord<String, String> record = probe.await(
                    r -> client.toString().equals(r.key()) && r.value().contains("aftercare.ended"), Duration.ofSeconds(20));
            assertTrue(EventJson.read(record.value(), AftercareEnded.class).data().stillEmployed());
        }
    }

    @Test
    void endingByHandEmitsTrajectoryEndedAndBlocksFurtherChanges() {
        String programme = TrajectoryFixtures.publish(TrajectoryFixtures.programme("FLAG", false));
        UUID client = UUID.randomUUID();
        LocalDate today = trajectoryService.today();
        String id = TrajectoryFixtures.admit(client, programme, today);

        // Without second approval an extension within policy is granted at once.
        consultant().contentType(ContentType.JSON).body(Map.of("months", 3, "reasonCode", "MEDICAL"))
                .post("/trajectories/" + id + "/extensions").then().statusCode(201).body("status", equalTo("APPROVED"));
        try (TopicProbe probe = TopicProbe.open(Topics.TRAJECTORY_TRAJECTORY)) {
            consultant().contentType(ContentType.JSON).body(Map.of("outcome", "EDUCATION", "endedOn", today.toString(), "note", "MBO-2"))
                    .post("/trajectories/" + id + "/end").then().statusCode(200).body("status", equalTo("ENDED"))
                    .body("outcome", equalTo("EDUCATION"));
            probe.await(r -> client.toString().equals(r.key()) && r.value().contains("EDUCATION"), Duration.ofSeconds(20));
        }
        consultant().contentType(ContentType.JSON).body(Map.of("phase", "outflow")).put("/trajectories/" + id + "/phase")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("is ENDED"));
        consultant().contentType(ContentType.JSON).body(Map.of("outcome", "ASTRONAUT", "endedOn", today.toString()))
                .post("/trajectories/" + id + "/end").then().statusCode(400).body("violations.field", hasItem("outcome"));
        consultant().get("/trajectories/" + id + "/reviews").then().statusCode(200).body("$", hasSize(0));
    }
}
