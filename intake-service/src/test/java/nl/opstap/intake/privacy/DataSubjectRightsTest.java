package nl.opstap.intake.privacy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.opstap.events.AftercareEnded;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.DataSubjectRequestCompleted;
import nl.opstap.events.DataSubjectRequested;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.EventPayload;
import nl.opstap.events.Topics;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.DataSubjectRight;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.intake.TestData;
import nl.opstap.intake.service.PrivacySweep;
import nl.opstap.support.privacy.ExportSeal;
import nl.opstap.support.testing.TokenRequests;
import nl.opstap.support.testing.Tokens;
import nl.opstap.support.testing.TopicProbe;
import nl.opstap.support.testing.TopicWriter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The client's rights across the platform, as intake-service carries them: an export gathered from every service's
 * sealed answer into one document, an erasure that leaves no person behind, and erasure when the retention period has
 * run out. The other services' answers are the events they would publish.
 */
@QuarkusTest
class DataSubjectRightsTest {

    private static final List<String> OTHER_SERVICES = List.of("trajectory-service", "matching-service", "employer-service",
            "reporting-service");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,";

    @Inject
    EntityManager entityManager;

    @Inject
    PrivacySweep sweep;

    @Test
    void anExportGathersEveryServicesSealedPartIntoOneDocument() {
        String bsn = TestData.bsn();
        String clientId = refer(bsn);
        consultant().body(Map.of("heldOn", TODAY.toString(), "interviewer", "J. de Vries", "motivation", 4, "notes", "Wil graag buiten werken"))
                .post("/clients/" + clientId + "/intake-interviews").then().statusCode(201);

        String requestId;
        DataSubjectRequested requested;
        try (TopicProbe probe = TopicProbe.open(Topics.INTAKE_CLIENT)) {
            requestId = admin().body(Map.of("clientId", clientId, "right", "EXPORT")).post("/data-subject-requests").then()
                    .statusCode(201).header("Location", containsString("/data-subject-requests/"))
                    .body("status", equalTo("IN_PROGRESS")).body("reason", equalTo("CLIENT_REQUEST"))
                    .body("services.service", equalTo(List.of("intake-service", "trajectory-service", "matching-service",
                            "employer-service", "reporting-service")))
                    .body("services[0].done", equalTo(true)).body("services[0].records", greaterThanOrEqualTo(3))
                    .body("services[1].done", equalTo(false))
                    .extract().path("id");
            ConsumerRecord<String, String> record = probe.await(r -> r.value().contains(requestId), Duration.ofSeconds(20));
            assertEquals(clientId, record.key());
            assertFalse(record.value().contains(bsn) || record.value().contains("Fatima"), "no identity in the request event");
            requested = (DataSubjectRequested) EventJson.read(record.value()).data();
        }
        assertEquals(DataSubjectRight.EXPORT, requested.right());
        assertNotNull(requested.exportPublicKey());

        // Asking again while it runs gives the same request; the document waits for every service.
        admin().body(Map.of("clientId", clientId, "right", "EXPORT")).post("/data-subject-requests").then().statusCode(200)
                .body("id", equalTo(requestId));
        admin().get("/data-subject-requests/" + requestId + "/document").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("trajectory-service"));

        for (String service : OTHER_SERVICES) {
            String answer = exportAnswer(service, requestId, clientId, requested.exportPublicKey());
            TopicWriter.send(Topics.PRIVACY_COMPLETION, requestId, answer);
            if (service.equals("matching-service")) {
                TopicWriter.send(Topics.PRIVACY_COMPLETION, requestId, answer); // redelivered: counted once
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(admin().get("/data-subject-requests/" + requestId).path("status")));
        admin().get("/data-subject-requests/" + requestId).then().body("services.done", everyItem(equalTo(true)))
                .body("services[2].records", equalTo(1)).body("documentAvailableUntil", not(nullValue()));

        admin().get("/data-subject-requests/" + requestId + "/document").then().statusCode(200)
                .body("clientId", equalTo(clientId))
                .body("services.intake-service.client[0].bsn", equalTo(bsn))
                .body("services.intake-service.client[0].givenNames", equalTo("Fatima"))
                .body("services.intake-service.intake-interviews[0].notes", equalTo("Wil graag buiten werken"))
                .body("services.intake-service.referrals[0].question", containsString("groenvoorziening"))
                .body("services.intake-service.processing-log.endpoint", hasItem("POST /clients/{clientId}/intake-interviews"))
                .body("services.matching-service.records-of[0].service", equalTo("matching-service"))
                .body("services.reporting-service.records-of[0].note", containsString("kwekerij"));

        // Reading the document is itself on the client's audit trail, with the right it serves as legal basis.
        TokenRequests.asUser("uw-auditor").queryParam("clientId", clientId).queryParam("size", 200).get("/audit/entries").then()
                .statusCode(200)
                .body("items.find { it.endpoint == 'GET /data-subject-requests/{id}/document' }.legalBasis", containsString("art. 15"));
        // Another organisation does not see it exist; a consultant may not take requests; the auditor follows but cannot read.
        TokenRequests.asUser("pastiel-admin").get("/data-subject-requests/" + requestId).then().statusCode(404);
        TokenRequests.asUser("pastiel-admin").contentType(ContentType.JSON).body(Map.of("clientId", clientId, "right", "EXPORT"))
                .post("/data-subject-requests").then().statusCode(404);
        consultant().body(Map.of("clientId", clientId, "right", "EXPORT")).post("/data-subject-requests").then().statusCode(403);
        TokenRequests.asUser("uw-auditor").get("/data-subject-requests/" + requestId).then().statusCode(200);
        TokenRequests.asUser("uw-auditor").get("/data-subject-requests/" + requestId + "/document").then().statusCode(403);
        admin().queryParam("clientId", clientId).get("/data-subject-requests").then().statusCode(200)
                .body("items.id", hasItem(requestId));

        // Erasing the client takes the export with it: its key and sealed parts are gone.
        admin().body(Map.of("clientId", clientId, "right", "ERASURE")).post("/data-subject-requests").then().statusCode(201);
        admin().get("/data-subject-requests/" + requestId).then().body("status", equalTo("EXPIRED"))
                .body("documentAvailableUntil", nullValue());
        admin().get("/data-subject-requests/" + requestId + "/document").then().statusCode(409).body("detail", containsString("expired"));
        assertEquals(0L, ((Number) query("select count(*) from data_subject_request_part where request_id = '" + requestId
                + "' and sealed_export is not null")).longValue());
    }

    @Test
    void anOwnPartLargerThanAnAnswerEventIsExportedAllTheSame() {
        // The other services' parts travel in one Kafka record each; intake-service keeps its own part in its database,
        // so a file with 150 long interview notes (1.5 MB; random letters, as a part is compressed before it is sealed)
        // is exported whole, not refused.
        String clientId = refer(TestData.bsn());
        Random random = new Random(150);
        Set<String> notes = new HashSet<>();
        for (int i = 0; i < 150; i++) {
            String note = random.ints(9_800, 0, LETTERS.length()).mapToObj(LETTERS::charAt).map(String::valueOf)
                    .collect(Collectors.joining());
            notes.add(note);
            consultant().body(Map.of("heldOn", TODAY.toString(), "interviewer", "J. de Vries", "motivation", 3, "notes", note))
                    .post("/clients/" + clientId + "/intake-interviews").then().statusCode(201);
        }
        String requestId;
        DataSubjectRequested requested;
        try (TopicProbe probe = TopicProbe.open(Topics.INTAKE_CLIENT)) {
            requestId = admin().body(Map.of("clientId", clientId, "right", "EXPORT")).post("/data-subject-requests").then()
                    .statusCode(201).body("services[0].done", equalTo(true)).body("services[0].records", greaterThanOrEqualTo(152))
                    .extract().path("id");
            requested = (DataSubjectRequested) EventJson.read(probe.await(r -> r.value().contains(requestId),
                    Duration.ofSeconds(20)).value()).data();
        }
        String ownPart = (String) query("select sealed_export from data_subject_request_part where request_id = '" + requestId
                + "' and service = 'intake-service'");
        assertTrue(ownPart.length() > 900_000, "larger than an answer event may carry: " + ownPart.length());

        for (String service : OTHER_SERVICES) {
            TopicWriter.send(Topics.PRIVACY_COMPLETION, requestId, exportAnswer(service, requestId, clientId, requested.exportPublicKey()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(admin().get("/data-subject-requests/" + requestId).path("status")));
        List<String> exported = admin().get("/data-subject-requests/" + requestId + "/document").then().statusCode(200)
                .extract().path("services.intake-service.intake-interviews.notes");
        assertEquals(150, exported.size());
        assertEquals(notes, new HashSet<>(exported));
    }

    @Test
    void administratorsAskingAtTheSameMomentGetTheSameRequest() throws Exception {
        String clientId = refer(TestData.bsn());
        String token = Tokens.user("uw-admin");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<io.restassured.response.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON)
                            .body(Map.of("clientId", clientId, "right", "EXPORT")).post("/data-subject-requests");
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Future<io.restassured.response.Response> answer : answers) {
                io.restassured.response.Response response = answer.get(60, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                ids.add(response.path("id"));
            }
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(), "one taken: " + statuses);
            assertEquals(5, statuses.stream().filter(status -> status == 200).count(), "five answered with it: " + statuses);
            assertEquals(1, ids.size(), "one request: " + ids);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, ((Number) query("select count(*) from data_subject_request where client_id = '" + clientId + "'")).longValue());
    }

    @Test
    void anErasureLeavesNoPersonBehindButKeepsTheReferralsOutcome() {
        String bsn = TestData.bsn();
        Map<String, Object> body = TestData.referral(TestData.reference(), bsn);
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> referral = given()
                .auth().oauth2(Tokens.client("gemeente-utrecht")).contentType(ContentType.JSON).body(body).post("/referrals")
                .then().statusCode(201).extract();
        String clientId = referral.path("clientId");
        String referralId = referral.path("id");
        consultant().body(Map.of("heldOn", TODAY.toString(), "interviewer", "J. de Vries", "motivation", 2, "notes", "Rugklachten"))
                .post("/clients/" + clientId + "/intake-interviews").then().statusCode(201);

        // Not while the trajectory runs.
        sql("update referral set status = 'ADMITTED' where id = '" + referralId + "'");
        admin().body(Map.of("clientId", clientId, "right", "ERASURE")).post("/data-subject-requests").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("trajectory is running"));
        sql("update referral set status = 'RECEIVED' where id = '" + referralId + "'");
        consultant().body(Map.of("reason", "DIRECTLY_EMPLOYABLE")).post("/clients/" + clientId + "/referral-back").then().statusCode(200);

        try (TopicProbe probe = TopicProbe.open(Topics.INTAKE_CLIENT)) {
            String requestId = admin().body(Map.of("clientId", clientId, "right", "ERASURE")).post("/data-subject-requests").then()
                    .statusCode(201).body("right", equalTo("ERASURE")).body("services[0].records", greaterThanOrEqualTo(3))
                    .body("documentAvailableUntil", nullValue()).extract().path("id");
            DataSubjectRequested requested = (DataSubjectRequested) EventJson.read(
                    probe.await(r -> r.value().contains(requestId), Duration.ofSeconds(20)).value()).data();
            assertEquals(DataSubjectRight.ERASURE, requested.right());
            assertNull(requested.exportPublicKey());
            admin().get("/data-subject-requests/" + requestId + "/document").then().statusCode(409);
        }

        Object[] person = (Object[]) query("select bsn_hash, bsn_encrypted, given_names, family_name, date_of_birth, phone, email, postcode, "
                + "erased_at from client where id = '" + clientId + "'");
        for (int i = 0; i < 8; i++) {
            assertNull(person[i], "column " + i + " of the erased client");
        }
        assertNotNull(person[8]);
        assertEquals(0L, ((Number) query("select count(*) from intake_interview where client_id = '" + clientId + "'")).longValue());
        assertNull(query("select question from referral where id = '" + referralId + "'"));

        // The person is gone for everyone; the municipality still sees how its referral ended, not its own reference.
        consultant().get("/clients/" + clientId).then().statusCode(404);
        admin().body(Map.of("clientId", clientId, "right", "ERASURE")).post("/data-subject-requests").then().statusCode(404);
        given().auth().oauth2(Tokens.client("gemeente-utrecht")).get("/referrals/" + referralId).then().statusCode(200)
                .body("status", equalTo("REFERRED_BACK")).body("municipalityReference", startsWith("erased:"));
        // Referred again, the same BSN is a new person to the platform: nothing links back to the erased id.
        String again = refer(bsn);
        assertNotEquals(clientId, again);
    }

    @Test
    void theRetentionPeriodRunsFromTheEndOfCareAndAftercareHoldsIt() {
        String expired = referredBack();
        String recent = referredBack();
        sql("update client set care_ended_on = current_date - interval '25 months' where id = '" + expired + "'");
        sql("update client set care_ended_on = current_date - interval '23 months' where id = '" + recent + "'");

        // Placed 40 months ago: the trajectory ended then, but aftercare holds the retention period.
        String placed = refer(TestData.bsn());
        UUID placedId = UUID.fromString(placed);
        sql("update referral set status = 'TRAJECTORY_ENDED' where client_id = '" + placed + "'");
        sql("update client set care_ended_on = current_date - interval '40 months' where id = '" + placed + "'");
        send(Topics.MATCHING_PLACEMENT, placed, "matching-service", placement(placedId, TODAY.minusMonths(40)));
        await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(query("select in_aftercare from client where id = '" + placed + "'")));

        assertTrue(sweep.run() >= 1);
        assertNotNull(query("select erased_at from client where id = '" + expired + "'"));
        assertNull(query("select erased_at from client where id = '" + recent + "'"));
        assertNull(query("select erased_at from client where id = '" + placed + "'"));
        admin().queryParam("clientId", expired).get("/data-subject-requests").then().statusCode(200)
                .body("items[0].right", equalTo("ERASURE")).body("items[0].reason", equalTo("RETENTION"))
                .body("items[0].requestedBy", equalTo("retention period"));

        // Aftercare ended 28 months ago: the period runs from that day, and has run out.
        send(Topics.TRAJECTORY_TRAJECTORY, placed, "trajectory-service", new AftercareEnded(UUID.randomUUID(), placedId, TODAY.minusMonths(28), true));
        await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.FALSE.equals(query("select in_aftercare from client where id = '" + placed + "'")));
        assertEquals(TODAY.minusMonths(28), query("select care_ended_on from client where id = '" + placed + "'"));
        sweep.run();
        assertNotNull(query("select erased_at from client where id = '" + placed + "'"));
    }

    @Test
    void aPlacementHeardAfterItsAftercareEndedDoesNotHoldTheRetentionPeriod() {
        String clientId = refer(TestData.bsn());
        UUID id = UUID.fromString(clientId);
        // The two topics are consumed independently: the end of aftercare may be applied before the placement it followed.
        send(Topics.TRAJECTORY_TRAJECTORY, clientId, "trajectory-service", new AftercareEnded(UUID.randomUUID(), id, TODAY.minusMonths(2), true));
        await().atMost(Duration.ofSeconds(30)).until(() -> query("select aftercare_ended_on from client where id = '" + clientId + "'") != null);
        EventEnvelope<ClientPlaced> placed = EventEnvelope.of("matching-service", "uw", clientId, Instant.now(), placement(id, TODAY.minusMonths(14)));
        TopicWriter.send(Topics.MATCHING_PLACEMENT, clientId, EventJson.write(placed));
        await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) query("select count(*) from processed_event where event_id = '"
                + placed.id() + "'")).longValue() == 1);
        assertEquals(Boolean.FALSE, query("select in_aftercare from client where id = '" + clientId + "'"));
        assertEquals(TODAY.minusMonths(2), query("select care_ended_on from client where id = '" + clientId + "'"));
    }

    private static ClientPlaced placement(UUID clientId, LocalDate placedOn) {
        return new ClientPlaced(UUID.randomUUID(), clientId, UUID.randomUUID(), UUID.randomUUID(), ContractType.PERMANENT, 32,
                TargetGroup.PARTICIPATIEWET, false, placedOn);
    }

    /** Another service's answer to an export: one record, sealed for the request's key as that service would. */
    private static String exportAnswer(String service, String requestId, String clientId, String publicKey) {
        String part = "{\"records-of\":[{\"service\":\"" + service + "\",\"note\":\"Loopt stage bij de kwekerij\"}]}";
        String sealed = ExportSeal.seal(publicKey, part.getBytes(StandardCharsets.UTF_8));
        assertFalse(sealed.contains("kwekerij"));
        return envelope(service, requestId, new DataSubjectRequestCompleted(UUID.fromString(requestId), UUID.fromString(clientId),
                DataSubjectRight.EXPORT, service, 1, sealed));
    }

    private static void send(String topic, String key, String source, EventPayload data) {
        TopicWriter.send(topic, key, envelope(source, key, data));
    }

    private static String envelope(String source, String subject, EventPayload data) {
        return EventJson.write(EventEnvelope.of(source, "uw", subject, Instant.now(), data));
    }

    private String referredBack() {
        String clientId = refer(TestData.bsn());
        consultant().body(Map.of("reason", "DIRECTLY_EMPLOYABLE")).post("/clients/" + clientId + "/referral-back").then().statusCode(200);
        return clientId;
    }

    private static String refer(String bsn) {
        return given().auth().oauth2(Tokens.client("gemeente-utrecht")).contentType(ContentType.JSON)
                .body(TestData.referral(TestData.reference(), bsn)).post("/referrals").then().statusCode(201).extract().path("clientId");
    }

    private static RequestSpecification admin() {
        return TokenRequests.asUser("uw-admin").contentType(ContentType.JSON);
    }

    private static RequestSpecification consultant() {
        return TokenRequests.asUser("uw-consultant").contentType(ContentType.JSON);
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }

    private Object query(String select) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(select).getSingleResult());
    }
}
