package nl.opstap.intake.audit;

import static io.restassured.RestAssured.given;
import static nl.opstap.support.testing.TokenRequests.asUser;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.opstap.intake.TestData;
import nl.opstap.support.audit.AuditTrail;
import nl.opstap.support.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The audit trail of personal-data processing, from the calls that process it to the auditor's chain check. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail trail;

    @Test
    void everyProcessingOfAClientIsLoggedWithoutTheDataAndTheChainShowsTampering() {
        String bsn = TestData.bsn();
        String clientId = given().auth().oauth2(Tokens.client("gemeente-utrecht")).contentType(ContentType.JSON)
                .body(TestData.referral(TestData.reference(), bsn)).post("/referrals")
                .then().statusCode(201).extract().path("clientId");
        asUser("uw-consultant").get("/clients/" + clientId).then().statusCode(200);
        asUser("uw-consultant").get("/clients/" + clientId + "/assessments").then().statusCode(200);

        String log = asUser("uw-auditor").queryParam("clientId", clientId).queryParam("size", 200).get("/audit/entries")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.clientIds", everyItem(equalTo(List.of(clientId))))
                .body("items.find { it.endpoint == 'GET /clients/{clientId}' }.actor", equalTo("uw-consultant"))
                .body("items.find { it.endpoint == 'GET /clients/{clientId}' }.actorRoles", equalTo("consultant"))
                .body("items.find { it.endpoint == 'GET /clients/{clientId}' }.operation", equalTo("read"))
                .body("items.find { it.endpoint == 'GET /clients/{clientId}' }.category", equalTo("identity and contact"))
                .body("items.find { it.endpoint == 'GET /clients/{clientId}' }.legalBasis", org.hamcrest.Matchers.containsString("Participatiewet art. 7"))
                .body("items.find { it.endpoint == 'GET /clients/{clientId}/assessments' }.category",
                        equalTo("assessment, incl. health-related limits"))
                .body("items.find { it.endpoint == 'POST /referrals' }.actor", equalTo("service-account-gemeente-utrecht"))
                .body("items.find { it.endpoint == 'POST /referrals' }.operation", equalTo("change"))
                .extract().asString();
        assertFalse(log.contains(bsn) || log.contains("El Amrani") || log.contains("1990-04-12"), "the log holds no personal data");

        // Another organisation's auditor sees none of it; a consultant may not read the log at all.
        asUser("pastiel-auditor").queryParam("clientId", clientId).get("/audit/entries")
                .then().statusCode(200).body("totalItems", equalTo(0));
        asUser("uw-consultant").get("/audit/entries").then().statusCode(403);

        asUser("uw-auditor").get("/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("firstBrokenEntry", nullValue());

        // The table refuses edits; someone who gets past that (here: by switching the trigger off) breaks the chain.
        Number entry = (Number) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select min(id) from audit_entry where client_ids = array[cast(?1 as uuid)] and endpoint = 'GET /clients/{clientId}'")
                .setParameter(1, clientId).getSingleResult());
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update audit_entry set actor = 'nobody' where id = ?1").setParameter(1, entry).executeUpdate()));
        tamper(entry.longValue(), "uw-jobcoach");
        try {
            asUser("uw-auditor").get("/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false)).body("firstBrokenEntry", equalTo(entry.intValue()));
        } finally {
            tamper(entry.longValue(), "uw-consultant");
        }
        asUser("uw-auditor").get("/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        asUser("uw-auditor").queryParam("size", 200).get("/audit/entries")
                .then().statusCode(200).body("items.actor", not(hasItem("nobody")));
    }

    @Test
    void concurrentCallsAreWrittenTogetherIntoOneIntactChain() throws Exception {
        // 40 callers at once, each with three clients: the writer takes whatever waits and commits it as one, an entry a call.
        List<UUID> clients = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(40);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<UUID> three = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            clients.addAll(three);
            calls.add(callers.submit(() -> trail.append(new AuditTrail.Processing("uw", "uw-consultant", "consultant", "trajectory",
                    "read", "GET /test", "testing the group commit", "none"), three)));
        }
        for (Future<?> call : calls) {
            call.get(30, TimeUnit.SECONDS); // returns only once its entries are committed
        }
        callers.shutdown();
        Number written = (Number) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select count(*) from audit_entry where client_ids && cast(?1 as uuid[]) and cardinality(client_ids) = 3")
                .setParameter(1, clients.stream().map(UUID::toString).toArray(String[]::new)).getSingleResult());
        assertEquals(40, written.intValue(), "every call's entry once, naming its three clients");
        // Each client is found by its own id, in the one entry that names it.
        asUser("uw-auditor").queryParam("clientId", clients.get(4).toString()).get("/audit/entries").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].clientIds", hasItem(clients.get(4).toString()))
                .body("items[0].clientIds.size()", equalTo(3));
        asUser("uw-auditor").get("/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    private void tamper(long id, String actor) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("alter table audit_entry disable trigger audit_entry_append_only").executeUpdate();
            entityManager.createNativeQuery("update audit_entry set actor = ?1 where id = ?2")
                    .setParameter(1, actor).setParameter(2, id).executeUpdate();
            entityManager.createNativeQuery("alter table audit_entry enable trigger audit_entry_append_only").executeUpdate();
        });
    }
}
