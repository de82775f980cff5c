package nl.opstap.matching.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientProfile;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.Topics;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.PhysicalLimit;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.support.testing.TopicWriter;
import nl.opstap.support.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClientTopicConsumerTest {

    @Test
    void anAdmittedClientBecomesACandidateOfItsTenantOnly() {
        UUID client = UUID.randomUUID();
        ClientProfile profile = new ClientProfile(4, 60, new ClientProfile.Competences(3, 4, 3, 4),
                Map.of("R", 70, "S", 55), List.of("groenvoorziening"), 24, "3526", 30, List.of(PhysicalLimit.NO_STAIRS), List.of("VCA"));
        String event = EventJson.write(EventEnvelope.of("intake-service", "uw", client.toString(), Instant.now(),
                new ClientAdmitted(client, UUID.randomUUID(), "GM0344", UUID.randomUUID(), 1, LocalDate.of(2026, 11, 2),
                        TargetGroup.PARTICIPATIEWET, BenefitSituation.RETAINED_BENEFIT, profile, null)));
        TopicWriter.send(Topics.INTAKE_CLIENT, client.toString(), event);
        TopicWriter.send(Topics.INTAKE_CLIENT, client.toString(), event); // redelivery: must change nothing

        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().auth().oauth2(Tokens.user("uw-account-manager")).get("/candidates/" + client).statusCode() == 200);
        given().auth().oauth2(Tokens.user("uw-account-manager")).get("/candidates/" + client)
                .then().statusCode(200)
                .body("wageValuePercent", equalTo(60))
                .body("physicalLimits", hasItem("NO_STAIRS"));
        given().auth().oauth2(Tokens.user("pastiel-account-manager")).get("/candidates/" + client).then().statusCode(404);
    }
}
