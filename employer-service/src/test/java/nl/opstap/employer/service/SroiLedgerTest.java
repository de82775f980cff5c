package nl.opstap.employer.service;

import static io.restassured.RestAssured.given;
import static nl.opstap.employer.testing.Fixtures.ACCOUNT_MANAGER;
import static nl.opstap.employer.testing.Fixtures.ADMIN;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.employer.testing.Fixtures;
import nl.opstap.employer.testing.TravellingClock;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.EventPayload;
import nl.opstap.events.EventSchemas;
import nl.opstap.events.EventType;
import nl.opstap.events.PlacementEnded;
import nl.opstap.events.SroiManuallyCredited;
import nl.opstap.events.Topics;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.ManualCreditKind;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.support.json.StoredJson;
import nl.opstap.support.testing.TopicProbe;
import nl.opstap.support.testing.TopicWriter;
import nl.opstap.support.testing.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger end to end: placements from the placement topic, credited month by month by the daily sweep on a
 * clock the test moves (a month settles 7 days after its end), read back through the API in exact cents. The ruleset values Participatiewet at
 * EUR 40,000 a year (24 months), WW at EUR 20,000 (12 months), 55+ adds EUR 10,000, 36 h is full-time and
 * months after the 12th weigh 150%.
 */
@QuarkusTest
class SroiLedgerTest {

    @Inject
    DailySweep sweep;

    @Inject
    TravellingClock clock;

    @Inject
    EntityManager entityManager;

    UUID contractor;
    String ruleset;
    UUID contract;

    @BeforeEach
    void signedContract() {
        contractor = Fixtures.employer();
        ruleset = Fixtures.ruleset(4_000_000);
        contract = Fixtures.signedContract(contractor, ruleset, "2026-01-01", "2027-12-31");
    }

    @AfterEach
    void backToNow() {
        clock.backToNow();
    }

    @Test
    void shouldCreditAPartTimePlacementMonthByMonthInExactCents() {
        UUID placement = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        send(client, new ClientPlaced(placement, client, UUID.randomUUID(), contractor, ContractType.FIXED_TERM, 24,
                TargetGroup.PARTICIPATIEWET, false, LocalDate.of(2026, 3, 10)));
        EventEnvelope<PlacementEnded> ended = send(client, new PlacementEnded(placement, client, contractor, "CONTRACT_ENDED",
                LocalDate.of(2026, 5, 20)));
        awaitProcessed(ended.id());

        try (TopicProbe probe = TopicProbe.open(Topics.EMPLOYER_SROI)) {
            // A month settles 7 days after its last counted day: on 25 May, May (ended on the 20th) has not.
            clock.travelTo(LocalDate.of(2026, 5, 25));
            assertTrue(sweep.run());
            assertEquals(List.of("2026-03", "2026-04"), ledger().getList("entries.items.period"));
            clock.travelTo(LocalDate.of(2026, 5, 28));
            assertTrue(sweep.run());
            // March 22/31 days, April whole, May 20/31 days, each at 24/36 hours of EUR 40,000 a year.
            JsonPath ledger = ledger();
            assertEquals(List.of("2026-03", "2026-04", "2026-05"), ledger.getList("entries.items.period"));
            assertEquals(List.of(157_706, 222_222, 143_369), ledger.getList("entries.items.amountCents"));
            assertEquals(523_297, ledger.getInt("realisedCents"));
            assertEquals(5_000_000 - 523_297, ledger.getInt("remainingCents"));
            assertEquals("PLACEMENT", ledger.getString("entries.items[0].source"));

            ConsumerRecord<String, String> credited = probe.await(r -> r.value().contains(contract.toString())
                    && r.value().contains("\"amountCents\":157706"), Duration.ofSeconds(30));
            assertEquals(contractor.toString(), credited.key());
            assertTrue(EventSchemas.violations(EventType.SROI_CREDITED, StoredJson.tree(credited.value())).isEmpty());
            assertTrue(credited.value().contains("\"amountEur\":1577.06"));
        }
    }

    @Test
    void signingPublishesTheObligationWithoutThePeopleInvolved() {
        try (TopicProbe probe = TopicProbe.open(Topics.EMPLOYER_SROI)) {
            UUID signed = Fixtures.signedContract(contractor, ruleset, "2026-03-01", "2027-02-28");
            ConsumerRecord<String, String> record = probe.await(r -> r.value().contains(signed.toString())
                    && r.value().contains(EventType.SROI_CONTRACT_SIGNED.type()), Duration.ofSeconds(30));
            assertEquals(contractor.toString(), record.key());
            assertTrue(EventSchemas.violations(EventType.SROI_CONTRACT_SIGNED, StoredJson.tree(record.value())).isEmpty());
            JsonPath data = new JsonPath(record.value()).setRootPath("data");
            assertEquals(100_000_000L, data.getLong("contractSumCents"));
            assertEquals(5_000_000L, data.getLong("obligationCents"), "5% of the contract sum");
            assertEquals("2026-03-01", data.getString("startsOn"));
            assertEquals("2027-02-28", data.getString("endsOn"));
            assertEquals(ruleset + "@1", data.getString("rulesetCode"));
            assertFalse(record.value().contains(Fixtures.ACCOUNT_MANAGER), "who drafted and signed stays in employer-service");
        }
    }

    @Test
    void shouldNotCreditARedeliveredOrRepeatedPlacementTwice() {
        UUID placement = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        ClientPlaced placed = new ClientPlaced(placement, client, UUID.randomUUID(), contractor, ContractType.PERMANENT, 36,
                TargetGroup.PARTICIPATIEWET, false, LocalDate.of(2026, 4, 1));
        EventEnvelope<ClientPlaced> first = send(client, placed);
        awaitProcessed(first.id());
        clock.travelTo(LocalDate.of(2026, 5, 8));
        sweep.run();
        assertEquals(List.of(333_333), ledger().getList("entries.items.amountCents"));

        // The same message again (a redelivery), then the same fact under a new event id (a producer's retry).
        TopicWriter.send(Topics.MATCHING_PLACEMENT, client.toString(), EventJson.write(first));
        EventEnvelope<ClientPlaced> repeated = send(client, placed);
        awaitProcessed(repeated.id());
        sweep.run();
        sweep.run();
        assertEquals(List.of(333_333), ledger().getList("entries.items.amountCents"));
    }

    @Test
    void shouldApplyAnEndThatArrivesBeforeItsPlacement() {
        UUID placement = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        EventEnvelope<PlacementEnded> ended = send(client, new PlacementEnded(placement, client, contractor, "DISMISSED",
                LocalDate.of(2026, 4, 15)));
        awaitProcessed(ended.id());
        clock.travelTo(LocalDate.of(2026, 7, 1));
        sweep.run();
        assertEquals(0, ledger().getList("entries.items").size(), "an end alone earns nothing");

        EventEnvelope<ClientPlaced> placed = send(client, new ClientPlaced(placement, client, UUID.randomUUID(), contractor,
                ContractType.FIXED_TERM, 36, TargetGroup.PARTICIPATIEWET, true, LocalDate.of(2026, 4, 1)));
        awaitProcessed(placed.id());
        sweep.run();
        // Aged 55 or over: (4,000,000 + 1,000,000) ÷ 12 × 15/30 days = 208,333.3 → 208,333, and nothing after the end.
        JsonPath ledger = ledger();
        assertEquals(List.of(208_333), ledger.getList("entries.items.amountCents"));
        assertEquals("PARTICIPATIEWET+55", ledger.getString("entries.items[0].rule"));
        assertEquals(placed.id().toString(), ledger.getString("entries.items[0].sourceEventId"));
    }

    @Test
    void shouldWeighALastingJobAndStopAShortRuleAtItsCap() {
        UUID lasting = UUID.randomUUID();
        UUID ww = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        send(client, new ClientPlaced(lasting, client, UUID.randomUUID(), contractor, ContractType.PERMANENT, 36,
                TargetGroup.PARTICIPATIEWET, false, LocalDate.of(2026, 1, 1)));
        UUID otherClient = UUID.randomUUID();
        awaitProcessed(send(otherClient, new ClientPlaced(ww, otherClient, UUID.randomUUID(), contractor, ContractType.PERMANENT, 36,
                TargetGroup.WW, false, LocalDate.of(2026, 1, 1))).id());
        await().atMost(Duration.ofSeconds(30)).until(() -> placementKnown(lasting));

        clock.travelTo(LocalDate.of(2027, 3, 8));
        sweep.run();
        List<Map<String, Object>> entries = ledger(200).getList("entries.items");
        List<Object> lastingAmounts = entries.stream().filter(e -> lasting.toString().equals(e.get("placementId"))).map(e -> e.get("amountCents")).toList();
        List<Object> wwAmounts = entries.stream().filter(e -> ww.toString().equals(e.get("placementId"))).map(e -> e.get("amountCents")).toList();
        // Twelve months of 4,000,000 ÷ 12 = 333,333, then February 2027 and January 2027 at 150%: 500,000 each.
        assertEquals(14, lastingAmounts.size());
        assertEquals(Collections.nCopies(12, 333_333), lastingAmounts.subList(0, 12));
        assertEquals(List.of(500_000, 500_000), lastingAmounts.subList(12, 14));
        // WW counts 12 months at 2,000,000 ÷ 12 = 166,666 and nothing after.
        assertEquals(Collections.nCopies(12, 166_666), wwAmounts);
    }

    @Test
    void shouldKeepTheRulesetVersionTheContractWasSignedUnder() {
        Fixtures.publishRuleset(ruleset, 8_000_000);
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).get("/sroi/contracts/" + contract)
                .then().body("rulesetVersion", equalTo(1));
        UUID client = UUID.randomUUID();
        awaitProcessed(send(client, new ClientPlaced(UUID.randomUUID(), client, UUID.randomUUID(), contractor, ContractType.PERMANENT, 36,
                TargetGroup.PARTICIPATIEWET, false, LocalDate.of(2026, 4, 1))).id());
        clock.travelTo(LocalDate.of(2026, 5, 8));
        sweep.run();
        JsonPath ledger = ledger();
        assertEquals(List.of(333_333), ledger.getList("entries.items.amountCents"), "version 1's EUR 40,000, not version 2's 80,000");
        assertEquals(ruleset + "@1", ledger.getString("ruleset"));
        assertEquals(ruleset + "@1", ledger.getString("entries.items[0].ruleset"));

        UUID later = Fixtures.signedContract(contractor, ruleset, "2026-01-01", "2027-12-31");
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).get("/sroi/contracts/" + later).then().body("rulesetVersion", equalTo(2));
    }

    @Test
    void shouldCountAManualEntryOnlyWhenASecondPersonApprovesIt() {
        String entry = given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON)
                .body(Map.of("kind", "TRAINING", "period", "2026-09", "quantity", 2, "evidenceReference", "DMS-2026-004711"))
                .post("/sroi/contracts/" + contract + "/manual-entries").then().statusCode(201).body("status", equalTo("PENDING"))
                .extract().path("id");
        String decision = "/sroi/contracts/" + contract + "/manual-entries/" + entry + "/decision";
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON).body(Map.of("approve", true))
                .post(decision).then().statusCode(422);
        assertEquals(0, ledger().getInt("realisedCents"));

        try (TopicProbe probe = TopicProbe.open(Topics.EMPLOYER_SROI)) {
            given().auth().oauth2(Tokens.user(ADMIN)).contentType(ContentType.JSON).body(Map.of("approve", true))
                    .post(decision).then().statusCode(200).body("status", equalTo("APPROVED")).body("decidedBy", equalTo(ADMIN));
            ConsumerRecord<String, String> credited = probe.await(r -> r.value().contains(contract.toString())
                    && r.value().contains(EventType.SROI_MANUALLY_CREDITED.type()), Duration.ofSeconds(30));
            assertEquals(contractor.toString(), credited.key());
            assertTrue(EventSchemas.violations(EventType.SROI_MANUALLY_CREDITED, StoredJson.tree(credited.value())).isEmpty());
            SroiManuallyCredited event = EventJson.read(credited.value(), SroiManuallyCredited.class).data();
            assertEquals(ManualCreditKind.TRAINING, event.kind());
            assertEquals(2, event.quantity());
            assertEquals("2026-09", event.period());
            assertEquals(500_000, event.amountCents());
            // The evidence and the people stay on the ledger.
            assertFalse(credited.value().contains("DMS-2026-004711") || credited.value().contains(ADMIN)
                    || credited.value().contains(ACCOUNT_MANAGER), credited.value());
        }
        given().auth().oauth2(Tokens.user(ADMIN)).contentType(ContentType.JSON).body(Map.of("approve", false))
                .post(decision).then().statusCode(409);
        JsonPath ledger = ledger();
        assertEquals(500_000, ledger.getInt("realisedCents"));
        assertEquals("MANUAL", ledger.getString("entries.items[0].source"));
        assertEquals(ADMIN, ledger.getString("entries.items[0].approvedBy"));

        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).get("/sroi/contracts/" + contract + "/ledger.csv").then().statusCode(200)
                .body(containsString("\"2026-09\",\"500000\",\"5000.00\",\"TRAINING\",\"MANUAL\""));
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON)
                .body(Map.of("kind", "TRAINING", "period", "2029-01", "quantity", 1, "evidenceReference", "DMS-1"))
                .post("/sroi/contracts/" + contract + "/manual-entries").then().statusCode(422);
    }

    @Test
    void shouldComputeTheObligationAndRefuseAContractThatEndsBeforeItStarts() {
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON)
                .body(Map.of("contractorEmployerId", contractor, "contractingAuthority", "Gemeente Ede", "tenderReference", "T-" + UUID.randomUUID(),
                        "contractSumCents", 123_456_789, "sroiPercentage", 2.5, "startsOn", "2026-01-01", "endsOn", "2026-12-31",
                        "rulesetCode", ruleset))
                .post("/sroi/contracts").then().statusCode(201)
                .body("obligationCents", equalTo(3_086_419)).body("sroiPercentage", equalTo(2.5f)).body("status", equalTo("DRAFT"));
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON)
                .body(Map.of("contractorEmployerId", contractor, "contractingAuthority", "Gemeente Ede", "tenderReference", "T-" + UUID.randomUUID(),
                        "contractSumCents", 100, "sroiPercentage", 2.555, "startsOn", "2026-01-01", "endsOn", "2025-12-31",
                        "rulesetCode", ruleset))
                .post("/sroi/contracts").then().statusCode(400).body("violations.field", contains("sroiPercentage"));
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON)
                .body(Map.of("contractorEmployerId", contractor, "contractingAuthority", "Gemeente Ede", "tenderReference", "T-" + UUID.randomUUID(),
                        "contractSumCents", 100, "startsOn", "2026-01-01", "endsOn", "2025-12-31", "rulesetCode", ruleset))
                .post("/sroi/contracts").then().statusCode(422);
    }

    private JsonPath ledger() {
        return ledger(20);
    }

    private JsonPath ledger(int size) {
        return given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).queryParam("size", size).get("/sroi/contracts/" + contract + "/ledger")
                .then().statusCode(200).extract().jsonPath();
    }

    private static <T extends EventPayload> EventEnvelope<T> send(UUID client, T event) {
        EventEnvelope<T> envelope = EventEnvelope.of("matching-service", "uw", client.toString(), Instant.now(), event);
        TopicWriter.send(Topics.MATCHING_PLACEMENT, client.toString(), EventJson.write(envelope));
        return envelope;
    }

    private void awaitProcessed(UUID eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = ?1").setParameter(1, eventId)
                .getSingleResult()).longValue() > 0));
    }

    private boolean placementKnown(UUID placementId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from placement where placement_id = ?1 and placed_on is not null").setParameter(1, placementId)
                .getSingleResult()).longValue() > 0);
    }
}
