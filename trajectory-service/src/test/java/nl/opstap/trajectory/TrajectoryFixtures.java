package nl.opstap.trajectory;

import static nl.opstap.support.testing.TokenRequests.asUser;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientProfile;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.Topics;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.support.testing.TopicWriter;

/** Programmes through the API, admissions as intake-service would publish them, and requests as the demo users. */
public final class TrajectoryFixtures {

    private TrajectoryFixtures() {
    }

    /** ISD BOL-like: 6 months, reviews after 4 and 13 (go/no-go) weeks then every 6, one extension of at most 3 months. */
    public static Map<String, Object> programme(String atMaximumDuration, boolean secondApproval) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Werkfit test " + UUID.randomUUID());
        body.put("targetGroups", List.of("PARTICIPATIEWET"));
        body.put("inclusionCriteria", List.of());
        body.put("exclusionCriteria", List.of());
        body.put("phases", List.of("preparation", "work-experience", "outflow"));
        body.put("minDurationMonths", 3);
        body.put("maxDurationMonths", 6);
        body.put("maxExtensions", 1);
        body.put("maxExtensionMonths", 3);
        body.put("extensionTotalCapMonths", 3);
        body.put("extensionReasons", List.of("PLACEMENT_IN_SIGHT", "MEDICAL"));
        body.put("extensionNeedsSecondApproval", secondApproval);
        body.put("atMaximumDuration", atMaximumDuration);
        body.put("reviewSchedule", List.of(Map.of("afterWeeks", 4, "goNoGo", false), Map.of("afterWeeks", 13, "goNoGo", true)));
        body.put("reviewEveryWeeks", 6);
        body.put("aftercareMonths", 3);
        body.put("financialArrangement", "RETAINED_BENEFIT");
        body.put("plannedCostEur", 3000);
        return body;
    }

    /** A request as the demo organisation's consultant. */
    public static RequestSpecification consultant() {
        return asUser("uw-consultant");
    }

    /** A request as the demo organisation's jobcoach. */
    public static RequestSpecification jobcoach() {
        return asUser("uw-jobcoach");
    }

    public static String publish(Map<String, Object> programme) {
        return asUser("uw-admin").contentType(ContentType.JSON).body(programme)
                .post("/programmes").then().statusCode(201).extract().path("programmeId");
    }

    public static String admission(UUID clientId, String programmeId, LocalDate admittedOn) {
        ClientProfile profile = new ClientProfile(4, 60, null, null, List.of("groenvoorziening"), 24, "3526", 30, List.of(), List.of());
        return EventJson.write(EventEnvelope.of("intake-service", "uw", clientId.toString(), Instant.now(),
                new ClientAdmitted(clientId, UUID.randomUUID(), "GM0344", UUID.fromString(programmeId), 1, admittedOn,
                        TargetGroup.PARTICIPATIEWET, BenefitSituation.RETAINED_BENEFIT, profile, null)));
    }

    /** Admits a client and waits until the trajectory exists; returns its id. */
    public static String admit(UUID clientId, String programmeId, LocalDate admittedOn) {
        TopicWriter.send(Topics.INTAKE_CLIENT, clientId.toString(), admission(clientId, programmeId, admittedOn));
        await().atMost(Duration.ofSeconds(30)).until(() -> trajectoryOf(clientId) != null);
        return trajectoryOf(clientId);
    }

    public static String trajectoryOf(UUID clientId) {
        List<String> ids = consultant().queryParam("clientId", clientId.toString())
                .get("/trajectories").then().statusCode(200).extract().path("items.id");
        return ids.isEmpty() ? null : ids.get(0);
    }
}
