package nl.opstap.intake.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.opstap.events.Topics;
import nl.opstap.intake.TestData;
import nl.opstap.support.testing.TopicProbe;
import nl.opstap.support.testing.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ReferralResourceTest {

    private static final String UTRECHT = "gemeente-utrecht";
    private static final String NIEUWEGEIN = "gemeente-nieuwegein";
    private static final String EDE = "gemeente-ede";

    @Test
    void referralIsCreatedOnceAndEmitsReferralReceivedWithoutIdentity() {
        String reference = TestData.reference();
        String bsn = TestData.bsn();
        try (TopicProbe probe = TopicProbe.open(Topics.INTAKE_CLIENT)) {
            io.restassured.response.Response created = refer(UTRECHT, TestData.referral(reference, bsn));
            String id = created.then().statusCode(201).body("status", equalTo("RECEIVED")).extract().path("id");
            assertTrue(created.header("Location").endsWith("/referrals/" + id));
            ConsumerRecord<String, String> record = probe.await(TopicProbe.valueContains(id), Duration.ofSeconds(20));

            assertEquals("nl.opstap.referral.received.v1", TopicProbe.header(record, "ce_type").orElseThrow());
            assertEquals("uw", TopicProbe.header(record, "ce_tenant").orElseThrow());
            assertFalse(record.value().contains(bsn), "the event must not carry the BSN");
            assertFalse(record.value().contains("El Amrani"), "the event must not carry the name");
            assertFalse(record.value().contains("1990-04-12"), "the event must not carry the birth date");

            // The same body again: the same referral, 200, and no second event.
            refer(UTRECHT, TestData.referral(reference, bsn)).then().statusCode(200).body("id", equalTo(id));
            List<ConsumerRecord<String, String>> events = probe.collect(TopicProbe.valueContains(id), Duration.ofSeconds(2));
            assertEquals(1, events.size(), "an identical repeat must not publish again");
        }
    }

    @Test
    void concurrentIdenticalReferralsMakeOneReferral() throws Exception {
        Map<String, Object> body = TestData.referral(TestData.reference(), TestData.bsn());
        String token = Tokens.client(UTRECHT);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<io.restassured.response.Response>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/referrals")));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (Future<io.restassured.response.Response> call : calls) {
                io.restassured.response.Response response = call.get(60, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                ids.add(response.path("id"));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "exactly one call creates: " + statuses);
            assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 200), "the others answer with the same referral: " + statuses);
            assertEquals(1, ids.size(), "one referral id for all: " + ids);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void idempotencyKeyRepeatsAndConflicts() {
        String key = "key-" + TestData.reference();
        Map<String, Object> body = TestData.referral(TestData.reference(), TestData.bsn());
        String id = given().auth().oauth2(Tokens.client(UTRECHT)).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/referrals").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.client(UTRECHT)).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/referrals").then().statusCode(200).body("id", equalTo(id));

        Map<String, Object> changed = TestData.referral(TestData.reference(), TestData.bsn());
        given().auth().oauth2(Tokens.client(UTRECHT)).header("Idempotency-Key", key).contentType(ContentType.JSON).body(changed)
                .post("/referrals").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opstap.nl/problems/conflict"));
    }

    @Test
    void sameReferenceWithDifferentContentIsConflict() {
        String reference = TestData.reference();
        refer(UTRECHT, TestData.referral(reference, TestData.bsn())).then().statusCode(201);
        String otherBsn = TestData.bsn();
        String body = refer(UTRECHT, TestData.referral(reference, otherBsn))
                .then().statusCode(409).contentType("application/problem+json").extract().asString();
        assertFalse(body.contains(otherBsn), "an error must not echo the BSN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000000", "123456789", "12345678", "1234567890", "11122233a", "111 22 333", ""})
    void invalidBsnIsRejectedNamingTheFieldWithoutEchoingIt(String bsn) {
        String reference = TestData.reference();
        String body = refer(UTRECHT, TestData.referral(reference, bsn))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opstap.nl/problems/validation"))
                .body("violations.field", hasItem("bsn"))
                .extract().asString();
        if (!bsn.isBlank()) {
            assertFalse(body.contains(bsn), "the problem must not echo the BSN");
        }
        // Nothing half-stored: the reference is still free.
        refer(UTRECHT, TestData.referral(reference, TestData.bsn())).then().statusCode(201);
    }

    @Test
    void otherInvalidFieldsAreNamed() {
        Map<String, Object> body = TestData.referral(TestData.reference(), TestData.bsn());
        body.put("targetGroup", "ASTRONAUT");
        refer(UTRECHT, body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("targetGroup"));

        body = TestData.referral(TestData.reference(), TestData.bsn());
        body.put("dateOfBirth", "2030-01-01");
        refer(UTRECHT, body).then().statusCode(400).body("violations.field", hasItem("dateOfBirth"));

        body = TestData.referral(TestData.reference(), TestData.bsn());
        body.put("contact", Map.of("postcode", "99999"));
        body.remove("name");
        refer(UTRECHT, body).then().statusCode(400)
                .body("violations.field", hasItem("contact.postcode"))
                .body("violations.field", hasItem("name"));

        given().auth().oauth2(Tokens.client(UTRECHT)).contentType(ContentType.JSON).body("{\"municipalityReference\": ")
                .post("/referrals").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opstap.nl/problems/malformed-request"));
    }

    @Test
    void shouldRejectAnUnreadableBatchItemAloneNamingItsField() {
        String good = TestData.reference();
        Map<String, Object> numberBsn = TestData.referral(TestData.reference(), TestData.bsn());
        numberBsn.put("bsn", 111222333);
        Map<String, Object> ancientDate = TestData.referral(TestData.reference(), TestData.bsn());
        ancientDate.put("dateOfBirth", "-0001-01-01");
        Map<String, Object> batch = Map.of("items", List.of(numberBsn, TestData.referral(good, TestData.bsn()), ancientDate));

        given().auth().oauth2(Tokens.client(UTRECHT)).contentType(ContentType.JSON).body(batch)
                .post("/referrals/batch")
                .then().statusCode(200)
                .body("created", equalTo(1))
                .body("rejected", equalTo(2))
                .body("results[0].problem.violations.field", hasItem("bsn"))
                .body("results[0].problem.violations[0].message", not(org.hamcrest.Matchers.containsString("111222333")))
                .body("results[1].outcome", equalTo("CREATED"))
                .body("results[2].problem.violations.field", hasItem("dateOfBirth"));
    }

    @Test
    void shouldRejectAConflictingRepeatInABatchAloneAsAConflict() {
        String reference = TestData.reference();
        refer(UTRECHT, TestData.referral(reference, TestData.bsn())).then().statusCode(201);
        Map<String, Object> conflicting = TestData.referral(reference, TestData.bsn());
        Map<String, Object> batch = Map.of("items", List.of(conflicting, TestData.referral(TestData.reference(), TestData.bsn())));

        given().auth().oauth2(Tokens.client(UTRECHT)).contentType(ContentType.JSON).body(batch)
                .post("/referrals/batch")
                .then().statusCode(200)
                .body("rejected", equalTo(1))
                .body("created", equalTo(1))
                .body("results[0].outcome", equalTo("REJECTED"))
                .body("results[0].problem.status", equalTo(409))
                .body("results[1].outcome", equalTo("CREATED"));
    }

    @Test
    void shouldAcceptABatchBodyBeyondTheDefaultLimitUpToItsOwn() throws Exception {
        List<Map<String, Object>> items = java.util.stream.IntStream.range(0, 250)
                .mapToObj(i -> TestData.referral(TestData.reference(), TestData.bsn())).toList();
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("items", items));
        assertTrue(body.length() > 64 * 1024, "the batch must exceed the 64 KB default to test its own 1 MB limit");

        given().auth().oauth2(Tokens.client(UTRECHT)).contentType(ContentType.JSON).body(body)
                .post("/referrals/batch")
                .then().statusCode(200)
                .body("created", equalTo(250));
    }

    @Test
    void batchJudgesEachItemOnItsOwn() {
        String good1 = TestData.reference();
        String good2 = TestData.reference();
        String badBsn = TestData.reference();
        Map<String, Object> badDate = TestData.referral(TestData.reference(), TestData.bsn());
        badDate.put("dateOfBirth", "1800-01-01");
        Map<String, Object> batch = Map.of("items", List.of(
                TestData.referral(good1, TestData.bsn()),
                TestData.referral(badBsn, "000000000"),
                TestData.referral(good2, TestData.bsn()),
                badDate));

        given().auth().oauth2(Tokens.client(UTRECHT)).contentType(ContentType.JSON).body(batch)
                .post("/referrals/batch")
                .then().statusCode(200)
                .body("created", equalTo(2))
                .body("rejected", equalTo(2))
                .body("results[0].outcome", equalTo("CREATED"))
                .body("results[1].outcome", equalTo("REJECTED"))
                .body("results[1].problem.violations.field", hasItem("bsn"))
                .body("results[2].outcome", equalTo("CREATED"))
                .body("results[3].problem.violations.field", hasItem("dateOfBirth"));

        // The good items are really stored; sending the batch again changes nothing.
        given().auth().oauth2(Tokens.client(UTRECHT)).contentType(ContentType.JSON).body(batch)
                .post("/referrals/batch")
                .then().statusCode(200)
                .body("created", equalTo(0))
                .body("unchanged", equalTo(2));
    }

    @Test
    void municipalitySeesOnlyItsOwnReferrals() {
        String id = refer(UTRECHT, TestData.referral(TestData.reference(), TestData.bsn()))
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.client(UTRECHT)).get("/referrals/" + id)
                .then().statusCode(200).body("status", equalTo("RECEIVED")).body("municipalityCode", equalTo("GM0344"));
        // Same tenant, other municipality.
        given().auth().oauth2(Tokens.client(NIEUWEGEIN)).get("/referrals/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.client(NIEUWEGEIN)).queryParam("size", 200).get("/referrals")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        // Other tenant altogether.
        given().auth().oauth2(Tokens.client(EDE)).get("/referrals/" + id).then().statusCode(404);
    }

    @Test
    void consultantsSeeTheirTenantOnly() {
        String id = refer(UTRECHT, TestData.referral(TestData.reference(), TestData.bsn()))
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.user("uw-consultant")).queryParam("status", "RECEIVED").queryParam("size", 200)
                .get("/referrals")
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("totalItems", notNullValue());
        given().auth().oauth2(Tokens.user("uw-consultant")).get("/referrals/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.user("pastiel-consultant")).get("/referrals/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.user("pastiel-consultant")).queryParam("size", 200).get("/referrals")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void pagingIsValidated() {
        given().auth().oauth2(Tokens.user("uw-consultant")).queryParam("size", 0).get("/referrals")
                .then().statusCode(400).body("violations.field", hasItem("size"));
        given().auth().oauth2(Tokens.user("uw-consultant")).queryParam("status", "LOST").get("/referrals")
                .then().statusCode(400).body("violations.field", hasItem("status"));
        given().auth().oauth2(Tokens.user("uw-consultant")).queryParam("receivedFrom", "gisteren").get("/referrals")
                .then().statusCode(400).body("violations.field", hasItem("receivedFrom"));
    }

    @Test
    void municipalityReportsBenefitResumed() {
        String bsn = TestData.bsn();
        String clientId = refer(UTRECHT, TestData.referral(TestData.reference(), bsn)).then().statusCode(201).extract().path("clientId");
        try (TopicProbe probe = TopicProbe.open(Topics.INTAKE_CLIENT)) {
            Map<String, Object> report = Map.of("bsn", bsn, "resumedOn", "2026-10-01");
            given().auth().oauth2(Tokens.client(UTRECHT)).contentType(ContentType.JSON).body(report)
                    .post("/referrals/benefit-resumptions").then().statusCode(202);
            ConsumerRecord<String, String> record = probe.await(
                    r -> r.value().contains("benefit.resumed") && r.value().contains(clientId), Duration.ofSeconds(20));
            assertEquals(clientId, record.key());
            assertFalse(record.value().contains(bsn));

            given().auth().oauth2(Tokens.client(UTRECHT)).contentType(ContentType.JSON).body(report)
                    .post("/referrals/benefit-resumptions").then().statusCode(200);
            // Another municipality cannot report on a client it did not refer.
            given().auth().oauth2(Tokens.client(NIEUWEGEIN)).contentType(ContentType.JSON).body(report)
                    .post("/referrals/benefit-resumptions").then().statusCode(404);
        }
    }

    private static io.restassured.response.Response refer(String municipalClient, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.client(municipalClient)).contentType(ContentType.JSON).body(body).post("/referrals");
    }
}
