package nl.opstap.intake.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.IdentitySharingConsented;
import nl.opstap.events.Topics;
import nl.opstap.intake.TestData;
import nl.opstap.support.testing.TokenRequests;
import nl.opstap.support.testing.Tokens;
import nl.opstap.support.testing.TopicWriter;
import org.junit.jupiter.api.Test;

/**
 * The name of a proposed candidate reaches the employer the client consented to, and no one else: matching-service
 * reports the consent (IdentitySharingConsented, no name in it), the employer asks intake-service with its own token.
 */
@QuarkusTest
class SharedIdentityTest {

    @Test
    void theEmployerOfAConsentedProposalGetsTheNameOthersGetNothing() {
        String clientId = given().auth().oauth2(Tokens.client("gemeente-utrecht")).contentType(ContentType.JSON)
                .body(TestData.referral(TestData.reference(), TestData.bsn())).post("/referrals")
                .then().statusCode(201).extract().path("clientId");
        UUID employer = UUID.randomUUID();
        UUID proposal = UUID.randomUUID();
        String employerToken = Tokens.employer("uw", employer);

        // Before the consent arrives there is nothing to see.
        given().auth().oauth2(employerToken).get("/shared-identities/" + proposal).then().statusCode(404);

        IdentitySharingConsented consented = new IdentitySharingConsented(proposal, UUID.fromString(clientId), UUID.randomUUID(), employer,
                LocalDate.of(2026, 11, 20));
        String event = EventJson.write(EventEnvelope.of("matching-service", "uw", clientId, Instant.now(), consented));
        assertFalse(event.contains("Fatima") || event.contains("El Amrani"), event);
        TopicWriter.send(Topics.MATCHING_PLACEMENT, clientId, event);
        TopicWriter.send(Topics.MATCHING_PLACEMENT, clientId, event); // redelivered: changes nothing

        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().auth().oauth2(employerToken).get("/shared-identities/" + proposal).statusCode() == 200);
        given().auth().oauth2(employerToken).get("/shared-identities/" + proposal).then().statusCode(200)
                .body("proposalId", equalTo(proposal.toString()))
                .body("givenNames", equalTo("Fatima")).body("familyName", equalTo("El Amrani"))
                .body("consentedOn", equalTo("2026-11-20"))
                .body("$", not(hasKey("dateOfBirth")));

        // Another employer, the same employer id under another organisation, and professionals: nothing.
        given().auth().oauth2(Tokens.employer("uw", UUID.randomUUID())).get("/shared-identities/" + proposal).then().statusCode(404);
        given().auth().oauth2(Tokens.employer("pastiel", employer)).get("/shared-identities/" + proposal).then().statusCode(404);
        TokenRequests.asUser("uw-consultant").get("/shared-identities/" + proposal).then().statusCode(403);
        // A demo employer user without a linked employer cannot see anything either.
        TokenRequests.asUser("uw-employer").get("/shared-identities/" + proposal).then().statusCode(403)
                .body("detail", containsString("employer_id"));

        // The read is on the client's audit trail, with consent as its legal basis.
        TokenRequests.asUser("uw-auditor").queryParam("clientId", clientId).queryParam("size", 200).get("/audit/entries").then()
                .statusCode(200)
                .body("items.find { it.endpoint == 'GET /shared-identities/{proposalId}' }.legalBasis", containsString("consent"))
                .body("items.find { it.endpoint == 'GET /shared-identities/{proposalId}' }.category", equalTo("name"));
    }
}
