package nl.opstap.intake.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientReferredBack;
import nl.opstap.events.DevelopmentMeasured;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.EventSchemas;
import nl.opstap.events.EventType;
import nl.opstap.events.ProgrammePublished.Criterion;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.events.ReferralReceived;
import nl.opstap.events.Topics;
import nl.opstap.events.TrajectoryEnded;
import nl.opstap.events.vocabulary.AgeBand;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.CriterionAttribute;
import nl.opstap.events.vocabulary.CriterionOperator;
import nl.opstap.events.vocabulary.PriceUnit;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.intake.TestData;
import nl.opstap.support.json.StoredJson;
import nl.opstap.support.testing.TokenRequests;
import nl.opstap.support.testing.Tokens;
import nl.opstap.support.testing.TopicProbe;
import nl.opstap.support.testing.TopicWriter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** From referral through intake and diagnosis to the decision, with programmes arriving as events. */
@QuarkusTest
class AdmissionFlowTest {

    private static final UUID PROGRAMME = UUID.randomUUID();
    private static final String CONSULTANT = "uw-consultant";

    @BeforeAll
    static void programmeIsPublished() {
        // As trajectory-service would publish it.
        ProgrammePublished programme = new ProgrammePublished(PROGRAMME, 1, "UW Werkfit " + PROGRAMME,
                List.of(TargetGroup.PARTICIPATIEWET),
                List.of(new Criterion("ladder-3-6", "Participatieladder trede 3 t/m 6", CriterionAttribute.PARTICIPATION_LADDER_STEP,
                                CriterionOperator.BETWEEN, List.of("3", "6")),
                        new Criterion("wage-value-50-80", "Loonwaarde 50-80%", CriterionAttribute.WAGE_VALUE_PERCENT,
                                CriterionOperator.BETWEEN, List.of("50", "80"))),
                List.of(new Criterion("zrm-acute", "Acute problemen op een ZRM-domein", CriterionAttribute.ZRM_LOWEST_SCORE,
                        CriterionOperator.AT_MOST, List.of("1"))),
                List.of("work-fit"), 1, 6, 0, 0, 3, BenefitSituation.RETAINED_BENEFIT, BigDecimal.valueOf(4500),
                PriceUnit.PER_TRAJECTORY);
        String event = EventJson.write(EventEnvelope.of("trajectory-service", "uw", PROGRAMME.toString(), Instant.now(), programme));
        TopicWriter.send(Topics.TRAJECTORY_PROGRAMME, PROGRAMME.toString(), event);
        TopicWriter.send(Topics.TRAJECTORY_PROGRAMME, PROGRAMME.toString(), event); // redelivered: still one programme
    }

    @Test
    void intakeDiagnosisFitAndAdmission() {
        String bsn = TestData.bsn();
        String referralId = refer(bsn).extract().path("id");
        String clientId = given().auth().oauth2(Tokens.client("gemeente-utrecht")).get("/referrals/" + referralId).then().extract().path("clientId");

        consultant().contentType(ContentType.JSON).body(Map.of("plannedOn", "2026-11-24"))
                .post("/referrals/" + referralId + "/intake-appointment").then().statusCode(200).body("status", equalTo("INTAKE_PLANNED"));
        given().auth().oauth2(Tokens.client("gemeente-utrecht")).get("/referrals/" + referralId)
                .then().body("status", equalTo("INTAKE_PLANNED")).body("intakePlannedOn", equalTo("2026-11-24"));

        consultant().contentType(ContentType.JSON)
                .body(Map.of("heldOn", "2026-11-02", "interviewer", "uw-consultant", "motivation", 4, "notes", "Wil buiten werken"))
                .post("/clients/" + clientId + "/intake-interviews").then().statusCode(201);

        assess(clientId, Map.of("instrument", "PARTICIPATION_LADDER", "assessedOn", "2026-10-01", "step", 2)).statusCode(201);
        ValidatableResponse fit = programmeFit(clientId);
        fit.body("verdict", hasItem("DOES_NOT_FIT"));
        Map<String, Object> ladder = criterion(clientId, "ladder-3-6");
        assertEquals("NOT_MET", ladder.get("outcome"));
        assertEquals("2", ladder.get("clientValue"));

        // The ladder moves up; history keeps both.
        assess(clientId, Map.of("instrument", "PARTICIPATION_LADDER", "assessedOn", "2026-11-02", "step", 4)).statusCode(201);
        consultant().queryParam("instrument", "PARTICIPATION_LADDER").get("/clients/" + clientId + "/assessments")
                .then().statusCode(200).body("result.step", equalTo(List.of(2, 4)));
        assertEquals("UNKNOWN", criterion(clientId, "wage-value-50-80").get("outcome"), "wage value not assessed yet");
        assertEquals("INCOMPLETE", verdict(clientId));

        assess(clientId, Map.of("instrument", "WAGE_VALUE", "assessedOn", "2026-11-02", "percent", 60)).statusCode(201);
        assess(clientId, Map.of("instrument", "ZRM", "assessedOn", "2026-11-02", "scores", zrm(3))).statusCode(201);
        assess(clientId, Map.of("instrument", "WORK_PREFERENCES", "assessedOn", "2026-11-02", "workTypes", List.of("groenvoorziening"),
                "hoursPerWeek", 24, "postcode", "3526 KL", "maxTravelMinutes", 30)).statusCode(201);
        assess(clientId, Map.of("instrument", "PHYSICAL_LIMITS", "assessedOn", "2026-11-02", "limits", List.of("NO_STAIRS"))).statusCode(201);
        assertEquals("FITS", verdict(clientId));
        Map<String, Object> zrm = criterion(clientId, "zrm-acute");
        assertEquals("MET", zrm.get("outcome"));

        try (TopicProbe probe = TopicProbe.open(Topics.INTAKE_CLIENT)) {
            consultant().contentType(ContentType.JSON).body(Map.of("programmeId", PROGRAMME.toString()))
                    .post("/clients/" + clientId + "/admission")
                    .then().statusCode(200).body("status", equalTo("ADMITTED")).body("programmeId", equalTo(PROGRAMME.toString()));
            ConsumerRecord<String, String> record = probe.await(
                    r -> r.value().contains("client.admitted") && clientId.equals(r.key()), Duration.ofSeconds(20));
            ClientAdmitted admitted = EventJson.read(record.value(), ClientAdmitted.class).data();
            assertEquals(PROGRAMME, admitted.programmeId());
            assertEquals(4, admitted.profile().participationLadderStep());
            assertEquals(60, admitted.profile().wageValuePercent());
            assertEquals("3526", admitted.profile().postcodeArea());
            // Born 1990-04-12: the band goes out, the birth date does not.
            assertEquals(AgeBand.FROM_27_TO_44, admitted.ageBand());
            assertFalse(record.value().contains("1990"), record.value());
            assertFalse(record.value().contains(bsn));
            assertFalse(record.value().contains("3526 KL") || record.value().contains("3526KL"), "only the postcode area travels");
            assertFalse(record.value().contains("MENTAL_HEALTH"), "ZRM details stay in intake");
        }
        given().auth().oauth2(Tokens.client("gemeente-utrecht")).get("/referrals/" + referralId)
                .then().body("status", equalTo("ADMITTED"));
        consultant().contentType(ContentType.JSON).body(Map.of("programmeId", PROGRAMME.toString()))
                .post("/clients/" + clientId + "/admission").then().statusCode(409);

        // The trajectory ends in trajectory-service: the municipality sees the outcome.
        UUID client = UUID.fromString(clientId);
        TopicWriter.send(Topics.TRAJECTORY_TRAJECTORY, clientId, EventJson.write(EventEnvelope.of("trajectory-service", "uw", clientId,
                Instant.now(), new TrajectoryEnded(UUID.randomUUID(), client, PROGRAMME, TrajectoryOutcome.REGULAR_WORK_PART_TIME,
                        LocalDate.of(2026, 11, 3), LocalDate.of(2027, 4, 30)))));
        await().atMost(Duration.ofSeconds(30)).until(() -> "TRAJECTORY_ENDED".equals(
                given().auth().oauth2(Tokens.client("gemeente-utrecht")).get("/referrals/" + referralId).path("status")));
        given().auth().oauth2(Tokens.client("gemeente-utrecht")).get("/referrals/" + referralId)
                .then().body("statusReason", equalTo("REGULAR_WORK_PART_TIME"));
    }

    @Test
    void aClientWhoDoesNotFitNeedsAnOverrideReason() {
        String clientId = refer(TestData.bsn()).extract().path("clientId");
        assess(clientId, Map.of("instrument", "PARTICIPATION_LADDER", "assessedOn", "2026-11-02", "step", 1)).statusCode(201);
        programmeFit(clientId); // the programme arrives as an event: wait until intake knows it

        consultant().contentType(ContentType.JSON).body(Map.of("programmeId", PROGRAMME.toString()))
                .post("/clients/" + clientId + "/admission")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opstap.nl/problems/business-rule"))
                .body("violations.field", hasItem("criteria.ladder-3-6"));

        consultant().contentType(ContentType.JSON)
                .body(Map.of("programmeId", PROGRAMME.toString(), "overrideReason", "Trede 1 maar sterk gemotiveerd; proef"))
                .post("/clients/" + clientId + "/admission")
                .then().statusCode(200).body("statusReason", equalTo("ADMITTED_WITH_OVERRIDE"));
    }

    @Test
    void referBackEmitsClientReferredBackAndTheMunicipalitySeesTheReason() {
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> referral = refer(TestData.bsn()).extract();
        String clientId = referral.path("clientId");
        try (TopicProbe probe = TopicProbe.open(Topics.INTAKE_CLIENT)) {
            consultant().contentType(ContentType.JSON).body(Map.of("reason", "DIRECTLY_EMPLOYABLE", "note", "Kan direct aan de slag"))
                    .post("/clients/" + clientId + "/referral-back")
                    .then().statusCode(200).body("status", equalTo("REFERRED_BACK"));
            ConsumerRecord<String, String> record = probe.await(
                    r -> r.value().contains("client.referred-back") && clientId.equals(r.key()), Duration.ofSeconds(20));
            assertFalse(record.value().contains("Kan direct"), "free text stays out of events");
        }
        given().auth().oauth2(Tokens.client("gemeente-utrecht")).get("/referrals/" + referral.path("id"))
                .then().body("status", equalTo("REFERRED_BACK")).body("statusReason", equalTo("DIRECTLY_EMPLOYABLE"));
    }

    @Test
    void aReferralAndADecisionRecordedLaterKeepTheDaysTheyHappened() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        Map<String, Object> body = TestData.referral(TestData.reference(), TestData.bsn());
        body.put("receivedOn", today.plusDays(1).toString());
        municipality().body(body).post("/referrals").then().statusCode(400).body("violations.field", hasItem("receivedOn"));
        body.put("receivedOn", today.minusYears(11).toString());
        municipality().body(body).post("/referrals").then().statusCode(422).contentType("application/problem+json");

        LocalDate receivedOn = today.minusMonths(5);
        body.put("receivedOn", receivedOn.toString());
        String clientId;
        try (TopicProbe probe = TopicProbe.open(Topics.INTAKE_CLIENT)) {
            clientId = municipality().body(body).post("/referrals").then().statusCode(201)
                    .body("receivedOn", equalTo(receivedOn.toString())).extract().path("clientId");
            ConsumerRecord<String, String> received = probe.await(
                    r -> r.value().contains("referral.received") && clientId.equals(r.key()), Duration.ofSeconds(20));
            assertEquals(receivedOn, EventJson.read(received.value(), ReferralReceived.class).data().receivedOn());
        }
        // A repeat is recognised as the same referral by its day too.
        municipality().body(body).post("/referrals").then().statusCode(200);

        consultant().contentType(ContentType.JSON).body(Map.of("programmeId", PROGRAMME.toString(), "decidedOn", receivedOn.minusDays(1).toString()))
                .post("/clients/" + clientId + "/admission").then().statusCode(422).body("detail", containsString("decidedOn"));
        consultant().contentType(ContentType.JSON).body(Map.of("reason", "DIRECTLY_EMPLOYABLE", "decidedOn", today.plusDays(1).toString()))
                .post("/clients/" + clientId + "/referral-back").then().statusCode(400).body("violations.field", hasItem("decidedOn"));

        LocalDate decidedOn = receivedOn.plusWeeks(3);
        try (TopicProbe probe = TopicProbe.open(Topics.INTAKE_CLIENT)) {
            consultant().contentType(ContentType.JSON).body(Map.of("reason", "DIRECTLY_EMPLOYABLE", "decidedOn", decidedOn.toString()))
                    .post("/clients/" + clientId + "/referral-back")
                    .then().statusCode(200).body("decidedOn", equalTo(decidedOn.toString()));
            ConsumerRecord<String, String> back = probe.await(
                    r -> r.value().contains("client.referred-back") && clientId.equals(r.key()), Duration.ofSeconds(20));
            assertEquals(decidedOn, EventJson.read(back.value(), ClientReferredBack.class).data().referredBackOn());
        }
    }

    @Test
    void assessmentsAreValidatedAndTenantScoped() {
        String clientId = refer(TestData.bsn()).extract().path("clientId");
        assess(clientId, Map.of("instrument", "PARTICIPATION_LADDER", "assessedOn", "2026-11-02", "step", 7))
                .statusCode(400).body("violations.field", hasItem("step"));
        Map<String, Object> partialZrm = Map.of("FINANCES", 3);
        assess(clientId, Map.of("instrument", "ZRM", "assessedOn", "2026-11-02", "scores", partialZrm))
                .statusCode(400).body("violations.field", hasItem("scores"));
        assess(clientId, Map.of("instrument", "ZRM", "assessedOn", "2026-11-02", "scores", zrm(6)))
                .statusCode(400).contentType("application/problem+json");
        assess(clientId, Map.of("instrument", "HOROSCOPE", "assessedOn", "2026-11-02"))
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("instrument"));
        assess(clientId, Map.of("instrument", "WAGE_VALUE", "assessedOn", "2099-01-01", "percent", 50))
                .statusCode(400).body("violations.field", hasItem("assessedOn"));

        given().auth().oauth2(Tokens.user("pastiel-consultant")).get("/clients/" + clientId + "/profile").then().statusCode(404);
        given().auth().oauth2(Tokens.user("pastiel-consultant")).contentType(ContentType.JSON)
                .body(Map.of("instrument", "WAGE_VALUE", "assessedOn", "2026-11-02", "percent", 50))
                .post("/clients/" + clientId + "/assessments").then().statusCode(404);
        given().auth().oauth2(Tokens.user("uw-analyst")).get("/clients/" + clientId + "/profile").then().statusCode(403);
        consultant().get("/clients/" + clientId).then().statusCode(200).body("familyName", equalTo("El Amrani"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("bsn")));
    }

    @Test
    void measuredDevelopmentIsPublishedWithTheZrmAsAnAverageOnly() {
        String referralId = refer(TestData.bsn()).extract().path("id");
        String clientId = given().auth().oauth2(Tokens.client("gemeente-utrecht")).get("/referrals/" + referralId).then().extract().path("clientId");
        Map<String, Integer> scores = new java.util.HashMap<>(zrm(3));
        scores.put("MENTAL_HEALTH", 1);
        scores.put("ADDICTION", 5);
        scores.put("PHYSICAL_HEALTH", 2); // 36 - 2 + 2 - 1 = 35 over 12 domains: 2.916..., published as 2.9

        try (TopicProbe probe = TopicProbe.open(Topics.INTAKE_CLIENT)) {
            assess(clientId, Map.of("instrument", "PARTICIPATION_LADDER", "assessedOn", "2026-10-01", "step", 2)).statusCode(201);
            assess(clientId, Map.of("instrument", "ZRM", "assessedOn", "2026-10-01", "scores", scores)).statusCode(201);
            assess(clientId, Map.of("instrument", "WAGE_VALUE", "assessedOn", "2026-10-02", "percent", 45)).statusCode(201);
            String preferences = assess(clientId, Map.of("instrument", "WORK_PREFERENCES", "assessedOn", "2026-10-02",
                    "workTypes", List.of("groenvoorziening"), "hoursPerWeek", 24, "postcode", "3526 KL", "maxTravelMinutes", 30))
                    .statusCode(201).extract().path("id");

            List<ConsumerRecord<String, String>> measured = probe.collect(
                    r -> clientId.equals(r.key()) && r.value().contains(EventType.DEVELOPMENT_MEASURED.type()), Duration.ofSeconds(10));
            assertEquals(3, measured.size(), "ladder, ZRM and wage value; work preferences are no development measure");
            measured.forEach(r -> assertTrue(EventSchemas.violations(EventType.DEVELOPMENT_MEASURED, StoredJson.tree(r.value())).isEmpty()));
            List<DevelopmentMeasured> data = measured.stream().map(r -> EventJson.read(r.value(), DevelopmentMeasured.class).data()).toList();
            assertEquals(2, data.get(0).participationLadderStep());
            assertEquals(new BigDecimal("2.9"), data.get(1).zrmAverage());
            assertEquals(45, data.get(2).wageValuePercent());
            assertEquals(LocalDate.of(2026, 10, 2), data.get(2).measuredOn());
            measured.forEach(r -> {
                assertFalse(r.value().contains("MENTAL_HEALTH") || r.value().contains("ADDICTION"), "no score per life domain: " + r.value());
                assertFalse(r.value().contains(preferences));
            });
        }
    }

    private static Map<String, Integer> zrm(int score) {
        return Map.ofEntries(List.of("FINANCES", "DAY_ACTIVITIES", "HOUSING", "DOMESTIC_RELATIONS", "MENTAL_HEALTH", "PHYSICAL_HEALTH",
                        "ADDICTION", "BASIC_ADL", "INSTRUMENTAL_ADL", "SOCIAL_NETWORK", "SOCIAL_PARTICIPATION", "JUSTICE").stream()
                .map(d -> Map.entry(d, score)).toArray(Map.Entry[]::new));
    }

    private static ValidatableResponse refer(String bsn) {
        return given().auth().oauth2(Tokens.client("gemeente-utrecht")).contentType(ContentType.JSON)
                .body(TestData.referral(TestData.reference(), bsn)).post("/referrals").then().statusCode(201);
    }

    private static io.restassured.specification.RequestSpecification municipality() {
        return given().auth().oauth2(Tokens.client("gemeente-utrecht")).contentType(ContentType.JSON);
    }

    private static io.restassured.specification.RequestSpecification consultant() {
        return TokenRequests.asUser(CONSULTANT);
    }

    private static ValidatableResponse assess(String clientId, Map<String, Object> body) {
        return consultant().contentType(ContentType.JSON).body(body).post("/clients/" + clientId + "/assessments").then();
    }

    /** The fit list once intake has consumed the programme event. */
    private static ValidatableResponse programmeFit(String clientId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> consultant().get("/clients/" + clientId + "/programme-fit")
                .path("findAll { it.programmeId == '" + PROGRAMME + "' }.size()").equals(1));
        return consultant().get("/clients/" + clientId + "/programme-fit").then().statusCode(200)
                .body("findAll { it.programmeId == '" + PROGRAMME + "' }", hasSize(1));
    }

    private static String verdict(String clientId) {
        return programmeFit(clientId).extract().path("find { it.programmeId == '" + PROGRAMME + "' }.verdict");
    }

    private static Map<String, Object> criterion(String clientId, String code) {
        return programmeFit(clientId).extract()
                .path("find { it.programmeId == '" + PROGRAMME + "' }.criteria.find { it.code == '" + code + "' }");
    }
}
