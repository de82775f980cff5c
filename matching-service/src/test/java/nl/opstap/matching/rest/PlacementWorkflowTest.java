package nl.opstap.matching.rest;

import static io.restassured.RestAssured.given;
import static nl.opstap.matching.messaging.MatchingEvents.admitted;
import static nl.opstap.matching.messaging.MatchingEvents.gardeningVacancy;
import static nl.opstap.matching.messaging.MatchingEvents.send;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.EventJson;
import nl.opstap.events.EventSchemas;
import nl.opstap.events.EventType;
import nl.opstap.events.IdentitySharingConsented;
import nl.opstap.events.PlacementEnded;
import nl.opstap.events.Topics;
import nl.opstap.events.TrajectoryStarted;
import nl.opstap.events.TrialPlacementStarted;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.support.json.StoredJson;
import nl.opstap.support.testing.Tokens;
import nl.opstap.support.testing.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The placement workflow end to end through the REST API, with real tokens: the employer's anonymous view, the consent
 * gate, every transition with its event on the placement topic (checked against the published schema), the 409s, and the
 * pool following the placement back from the topic.
 */
@QuarkusTest
class PlacementWorkflowTest {

    private static final String ACCOUNT_MANAGER = "uw-account-manager";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private final UUID employer = UUID.randomUUID();
    private final UUID vacancy = UUID.randomUUID();
    private final UUID client = UUID.randomUUID();
    private String employerToken;

    @BeforeEach
    void candidateAndVacancy() {
        send(Topics.EMPLOYER_VACANCY, "uw", vacancy, gardeningVacancy(vacancy, employer));
        send(Topics.INTAKE_CLIENT, "uw", client, admitted(client));
        send(Topics.TRAJECTORY_TRAJECTORY, "uw", client, new TrajectoryStarted(UUID.randomUUID(), client, UUID.randomUUID(), 1,
                "ORIENTATION", LocalDate.of(2026, 11, 3), LocalDate.of(2027, 11, 3)));
        awaitPoolStatus("AVAILABLE");
        await().atMost(PATIENCE).until(() -> as(ACCOUNT_MANAGER).get("/vacancies/" + vacancy).statusCode() == 200);
        employerToken = Tokens.employer("uw", employer);
    }

    @Test
    void fromProposalThroughTrialPlacementToPlacementAndItsEnd() {
        String proposal = propose().then().statusCode(201).body("stage", equalTo("PROPOSED"))
                .body("proposedBy", equalTo(ACCOUNT_MANAGER)).extract().path("id");
        propose().then().statusCode(409).contentType(containsString("application/problem+json"))
                .body("detail", containsString("proposed for this vacancy already"));

        // The employer sees an anonymous profile: an age band, no client id, no limits, no target group.
        String seen = asEmployer().get("/employer/proposals/" + proposal).then().statusCode(200)
                .body("candidate.ageBand", equalTo("FROM_55")).body("candidate.hoursPerWeek", equalTo(32))
                .body("candidate.certificates", hasItem("VCA-basis")).body("identityShared", equalTo(false))
                .body("vacancyTitle", equalTo("Hovenier")).extract().asString();
        assertFalse(seen.contains(client.toString()), seen);
        assertFalse(seen.contains("NO_STAIRS") || seen.contains("PARTICIPATIEWET") || seen.contains("3526"), seen);

        action(proposal, "trial-placement", trial()).then().statusCode(409).body("detail", containsString("PROPOSED"));
        asEmployer().post("/employer/proposals/" + proposal + "/interest").then().statusCode(200).body("stage", equalTo("INTERESTED"));
        asEmployer().post("/employer/proposals/" + proposal + "/interest").then().statusCode(409);
        action(proposal, "trial-placement", trial()).then().statusCode(409).body("detail", containsString("consent"));
        action(proposal, "placement", placement("PERMANENT", null)).then().statusCode(409).body("detail", containsString("consent"));

        try (TopicProbe probe = TopicProbe.open(Topics.MATCHING_PLACEMENT)) {
            given().auth().oauth2(Tokens.user("uw-jobcoach")).contentType(ContentType.JSON)
                    .body(Map.of("consentedOn", TODAY.toString()))
                    .post("/proposals/" + proposal + "/consent").then().statusCode(200)
                    .body("consent.recordedBy", equalTo("uw-jobcoach")).body("consent.consentedOn", equalTo(TODAY.toString()));
            IdentitySharingConsented consented = event(probe, EventType.IDENTITY_SHARING_CONSENTED, IdentitySharingConsented.class);
            assertEquals(UUID.fromString(proposal), consented.proposalId());
            assertEquals(employer, consented.employerId());
            action(proposal, "consent", Map.of("consentedOn", TODAY.toString())).then().statusCode(409);
            asEmployer().get("/employer/proposals/" + proposal).then().body("identityShared", equalTo(true));

            action(proposal, "trial-placement", Map.of("startsOn", TODAY.toString(), "plannedEndOn", TODAY.minusDays(1).toString()))
                    .then().statusCode(422);
            action(proposal, "trial-placement", trial()).then().statusCode(200).body("stage", equalTo("TRIAL_PLACEMENT"));
            TrialPlacementStarted trial = event(probe, EventType.TRIAL_PLACEMENT_STARTED, TrialPlacementStarted.class);
            assertEquals(TODAY.minusDays(10), trial.startsOn());
            assertEquals(vacancy, trial.vacancyId());

            // A trial placement becomes a placement only once evaluated as a hire.
            action(proposal, "placement", placement("PERMANENT", null)).then().statusCode(409).body("detail", containsString("HIRE"));
            action(proposal, "trial-placement/evaluation", Map.of("outcome", "HIRE", "evaluatedOn", TODAY.plusDays(1).toString()))
                    .then().statusCode(422);
            action(proposal, "trial-placement/evaluation", Map.of("outcome", "HIRE", "evaluatedOn", TODAY.toString(),
                    "evaluation", "Werkritme goed")).then().statusCode(200).body("trialPlacement.outcome", equalTo("HIRE"))
                    .body("stage", equalTo("TRIAL_PLACEMENT"));
            action(proposal, "trial-placement/evaluation", Map.of("outcome", "NO_HIRE", "evaluatedOn", TODAY.toString()))
                    .then().statusCode(409);
            action(proposal, "placement", placement("WAGE_COST_SUBSIDY", null)).then().statusCode(200).body("stage", equalTo("PLACED"));
            ClientPlaced placed = event(probe, EventType.CLIENT_PLACED, ClientPlaced.class);
            assertEquals(ContractType.WAGE_COST_SUBSIDY, placed.contractType());
            assertEquals(trial.vacancyId(), placed.vacancyId());
            asEmployer().get("/employer/proposals/" + proposal).then().body("stage", equalTo("PLACED"))
                    .body("placement.contractType", equalTo("WAGE_COST_SUBSIDY")).body("trialPlacement.outcome", equalTo("HIRE"));
            // Rejecting or withdrawing is past that point now.
            asEmployer().contentType(ContentType.JSON).body(Map.of("reason", "OTHER")).post("/employer/proposals/" + proposal + "/rejection")
                    .then().statusCode(409);
            as(ACCOUNT_MANAGER).post("/proposals/" + proposal + "/withdrawal").then().statusCode(409);
        }
    }

    @Test
    void aPlacementLeavesThePoolAndItsEndBringsTheCandidateBack() {
        String proposal = propose().then().statusCode(201).extract().path("id");
        asEmployer().post("/employer/proposals/" + proposal + "/interest").then().statusCode(200);
        action(proposal, "consent", Map.of("consentedOn", TODAY.toString())).then().statusCode(200);

        action(proposal, "placement", placement("FIXED_TERM", null)).then().statusCode(422).body("detail", containsString("endsOn"));
        action(proposal, "placement", Map.of("contractType", "ZERO_HOURS", "hoursPerWeek", 24, "startsOn", "2026-12-01"))
                .then().statusCode(400);
        action(proposal, "placement", Map.of("contractType", "PERMANENT", "hoursPerWeek", 0, "startsOn", "2026-12-01"))
                .then().statusCode(400).body(containsString("hoursPerWeek"));
        try (TopicProbe probe = TopicProbe.open(Topics.MATCHING_PLACEMENT)) {
            action(proposal, "placement", placement("FIXED_TERM", "2027-11-30")).then().statusCode(200).body("stage", equalTo("PLACED"))
                    .body("placement.contractType", equalTo("FIXED_TERM")).body("placement.endsOn", equalTo("2027-11-30"));
            ClientPlaced placed = event(probe, EventType.CLIENT_PLACED, ClientPlaced.class);
            assertEquals(client, placed.clientId());
            assertEquals(employer, placed.employerId());
            assertEquals(24, placed.hoursPerWeek());
            assertEquals(TargetGroup.PARTICIPATIEWET, placed.targetGroup());
            assertTrue(placed.aged55OrOver());
            assertEquals(LocalDate.of(2026, 12, 1), placed.placedOn());
            awaitPoolStatus("PLACED");

            as(ACCOUNT_MANAGER).get("/pipeline/vacancies?size=200").then().statusCode(200)
                    .body("items.find { it.vacancyId == '" + vacancy + "' }.stages.PLACED", equalTo(1))
                    .body("items.find { it.vacancyId == '" + vacancy + "' }.stages.PROPOSED", equalTo(0))
                    .body("items.find { it.vacancyId == '" + vacancy + "' }.total", equalTo(1));
            as(ACCOUNT_MANAGER).get("/pipeline/account-managers").then().statusCode(200)
                    .body("items.accountManager", hasItem(ACCOUNT_MANAGER));

            action(proposal, "placement/end", Map.of("reason", "DISMISSED", "endedOn", "2026-11-30")).then().statusCode(422);
            action(proposal, "placement/end", Map.of("reason", "DISMISSED", "endedOn", "2027-03-31")).then().statusCode(200)
                    .body("stage", equalTo("PLACEMENT_ENDED")).body("placement.endReason", equalTo("DISMISSED"));
            PlacementEnded ended = event(probe, EventType.PLACEMENT_ENDED, PlacementEnded.class);
            assertEquals(placed.placementId(), ended.placementId());
            assertEquals("DISMISSED", ended.reason());
            awaitPoolStatus("AVAILABLE");
            action(proposal, "placement/end", Map.of("reason", "DISMISSED", "endedOn", "2027-03-31")).then().statusCode(409);
        }
    }

    @Test
    void theEmployerDeclinesWithAReasonAndTheAccountManagerCanWithdraw() {
        String declined = propose().then().statusCode(201).extract().path("id");
        asEmployer().contentType(ContentType.JSON).body(Map.of("reason", "NO_SUCH_REASON")).post("/employer/proposals/" + declined + "/rejection")
                .then().statusCode(400);
        asEmployer().contentType(ContentType.JSON).body(Map.of("reason", "HOURS", "note", "Alleen fulltime"))
                .post("/employer/proposals/" + declined + "/rejection").then().statusCode(200)
                .body("stage", equalTo("REJECTED")).body("rejection.reason", equalTo("HOURS"));
        asEmployer().post("/employer/proposals/" + declined + "/interest").then().statusCode(409).body("detail", containsString("REJECTED"));
        as(ACCOUNT_MANAGER).get("/proposals/" + declined).then().body("rejection.note", equalTo("Alleen fulltime"));

        // Once a proposal has ended, the candidate can be proposed for the vacancy again; and withdrawn.
        String again = propose().then().statusCode(201).extract().path("id");
        as(ACCOUNT_MANAGER).post("/proposals/" + again + "/withdrawal").then().statusCode(200).body("stage", equalTo("WITHDRAWN"));
        as(ACCOUNT_MANAGER).post("/proposals/" + again + "/withdrawal").then().statusCode(409);
        action(again, "consent", Map.of("consentedOn", TODAY.toString())).then().statusCode(409);
        as(ACCOUNT_MANAGER).get("/proposals?vacancyId=" + vacancy).then().statusCode(200).body("totalItems", equalTo(2));
        as(ACCOUNT_MANAGER).get("/proposals?vacancyId=" + vacancy + "&stage=REJECTED").then().body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(declined));
        as(ACCOUNT_MANAGER).get("/proposals?stage=SOMEWHERE").then().statusCode(400);
    }

    @Test
    void onlyTheEmployerTheCandidateWasProposedToSeesTheProposal() {
        String proposal = propose().then().statusCode(201).extract().path("id");
        asEmployer().get("/employer/proposals").then().statusCode(200).body("items.proposalId", hasItem(proposal))
                .body("items[0]", not(hasKey("clientId")));

        String otherEmployer = Tokens.employer("uw", UUID.randomUUID());
        String otherTenantsEmployer = Tokens.employer("pastiel", employer);
        for (String token : new String[] {otherEmployer, otherTenantsEmployer}) {
            given().auth().oauth2(token).get("/employer/proposals/" + proposal).then().statusCode(404);
            given().auth().oauth2(token).post("/employer/proposals/" + proposal + "/interest").then().statusCode(404);
            given().auth().oauth2(token).get("/employer/proposals").then().statusCode(200).body("items.proposalId", not(hasItem(proposal)));
        }
        as("pastiel-account-manager").get("/proposals/" + proposal).then().statusCode(404);
        given().auth().oauth2(Tokens.user("pastiel-account-manager")).contentType(ContentType.JSON)
                .body(Map.of("vacancyId", vacancy.toString(), "clientId", client.toString())).post("/proposals").then().statusCode(404);
        // The employer cannot act as the account manager, nor the account manager as the employer.
        asEmployer().post("/proposals/" + proposal + "/withdrawal").then().statusCode(403);
        as(ACCOUNT_MANAGER).post("/employer/proposals/" + proposal + "/interest").then().statusCode(403);
        as(ACCOUNT_MANAGER).get("/proposals/" + proposal).then().statusCode(200).body("clientId", equalTo(client.toString()))
                .body("consent", nullValue());
    }

    @Test
    void readingACandidatesProfileOrRankingIsOnTheClientsAuditTrail() {
        as("uw-jobcoach").get("/candidates/" + client).then().statusCode(200);
        await().atMost(PATIENCE).until(() -> as(ACCOUNT_MANAGER).get("/vacancies/" + vacancy + "/candidates?limit=100").then()
                .extract().<List<String>>path("matches.id").contains(client.toString()));

        as("uw-auditor").queryParam("clientId", client.toString()).queryParam("size", 200).get("/audit/entries").then().statusCode(200)
                .body("items.find { it.endpoint == 'GET /candidates/{clientId}' }.actor", equalTo("uw-jobcoach"))
                .body("items.find { it.endpoint == 'GET /candidates/{clientId}' }.legalBasis", containsString("health"))
                .body("items.find { it.endpoint == 'GET /vacancies/{vacancyId}/candidates' }.actor", equalTo(ACCOUNT_MANAGER));
        as("pastiel-auditor").queryParam("clientId", client.toString()).get("/audit/entries").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void proposalsAndTheEmployersAnswersAreOnTheClientsAuditTrail() {
        String proposal = propose().then().statusCode(201).extract().path("id");
        asEmployer().get("/employer/proposals/" + proposal).then().statusCode(200);
        as("uw-jobcoach").contentType(ContentType.JSON).body(Map.of("consentedOn", TODAY.toString()))
                .post("/proposals/" + proposal + "/consent").then().statusCode(200);
        as(ACCOUNT_MANAGER).queryParam("vacancyId", vacancy.toString()).get("/proposals").then().statusCode(200);

        as("uw-auditor").queryParam("clientId", client.toString()).queryParam("size", 200).get("/audit/entries").then().statusCode(200)
                .body("items.endpoint", hasItems("POST /proposals", "GET /employer/proposals/{proposalId}",
                        "POST /proposals/{proposalId}/consent", "GET /proposals"))
                .body("items.find { it.endpoint == 'POST /proposals' }.actor", equalTo(ACCOUNT_MANAGER))
                .body("items.find { it.endpoint == 'POST /proposals/{proposalId}/consent' }.legalBasis", containsString("consent"))
                .body("items.find { it.endpoint == 'GET /employer/proposals/{proposalId}' }.legalBasis", containsString("Participatiewet"));
        as("pastiel-auditor").queryParam("clientId", client.toString()).get("/audit/entries").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    private Response propose() {
        return as(ACCOUNT_MANAGER).contentType(ContentType.JSON)
                .body(Map.of("vacancyId", vacancy.toString(), "clientId", client.toString(), "note", "Sterk in groenonderhoud"))
                .post("/proposals");
    }

    private static Response action(String proposal, String path, Map<String, ?> body) {
        return as(ACCOUNT_MANAGER).contentType(ContentType.JSON).body(body).post("/proposals/" + proposal + "/" + path);
    }

    /** A trial placement that started ten days ago, so that it can be evaluated today. */
    private static Map<String, String> trial() {
        return Map.of("startsOn", TODAY.minusDays(10).toString(), "plannedEndOn", TODAY.plusDays(20).toString());
    }

    private static Map<String, Object> placement(String contractType, String endsOn) {
        return endsOn == null ? Map.of("contractType", contractType, "hoursPerWeek", 24, "startsOn", "2026-12-01")
                : Map.of("contractType", contractType, "hoursPerWeek", 24, "startsOn", "2026-12-01", "endsOn", endsOn);
    }

    /** The next event of this type about our client, valid against its published schema. */
    private <T> T event(TopicProbe probe, EventType type, Class<T> payload) {
        ConsumerRecord<String, String> record = probe.await(r -> r.value().contains(type.type()) && r.value().contains(client.toString()),
                PATIENCE);
        assertEquals(client.toString(), record.key());
        assertTrue(EventSchemas.violations(type, StoredJson.tree(record.value())).isEmpty(), record.value());
        return EventJson.read(record.value(), payload).data();
    }

    private void awaitPoolStatus(String status) {
        await().atMost(PATIENCE).until(() -> {
            Response r = as(ACCOUNT_MANAGER).get("/candidates/" + client);
            return r.statusCode() == 200 && status.equals(r.path("poolStatus"));
        });
    }

    private RequestSpecification asEmployer() {
        return given().auth().oauth2(employerToken);
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user));
    }
}
