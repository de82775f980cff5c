package nl.opstap.reporting.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.opstap.events.EventJson;
import nl.opstap.events.EventSchemas;
import nl.opstap.events.EventType;
import nl.opstap.events.Topics;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.reporting.JourneyEvents;
import nl.opstap.support.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/** The BI stream carries each journey step pseudonymised, and nothing that identifies the test's client. */
@QuarkusTest
class AnalyticsStreamTest {

    /** A JSON value of exactly nine digits, quoted or not (parts of UUIDs do not count). */
    private static final Pattern BSN_SHAPED = Pattern.compile("\"[0-9]{9}\"|:\\s*[0-9]{9}\\s*[,}]");

    @Inject
    Pseudonyms pseudonyms;

    @Test
    void journeyStepsArePublishedPseudonymisedWithoutTheTestDataIdentifiers() throws Exception {
        JourneyEvents events = new JourneyEvents("uw");
        UUID client = UUID.randomUUID();
        UUID trajectory = UUID.randomUUID();
        UUID placement = UUID.randomUUID();
        UUID employer = UUID.randomUUID();
        LocalDate start = LocalDate.of(2021, 3, 1);
        events.referral(client, start.minusDays(20)).admitted(client, start).started(trajectory, client, start)
                .placed(placement, client, employer, ContractType.FIXED_TERM, 24, start.plusMonths(4))
                .ended(trajectory, client, TrajectoryOutcome.REGULAR_WORK_PART_TIME, start, start.plusMonths(4))
                .benefitResumed(client, start.plusMonths(10))
                .send();
        UUID pseudonym = pseudonyms.of("uw", client);

        Map<String, JsonNode> byStep = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> factsOf(pseudonym), facts -> facts.size() == 6);
        assertEquals("35", byStep.get("ADMITTED").at("/data/postcodeArea").asText(), "postcode area at two digits");
        assertEquals(events.programmeId().toString(), byStep.get("ADMITTED").at("/data/programmeId").asText());
        assertEquals("REGULAR_WORK_PART_TIME", byStep.get("TRAJECTORY_ENDED").at("/data/outcome").asText());
        assertEquals("UNDER_55", byStep.get("PLACED").at("/data/ageBand").asText());
        assertEquals("2021-07-01", byStep.get("PLACED").at("/data/occurredOn").asText());
        byStep.values().forEach(fact -> assertTrue(EventSchemas.violations(EventType.ANALYTICS_JOURNEY_FACT, fact).isEmpty(),
                "every fact keeps its contract exactly"));

        // The whole topic, not only this test's facts: none of the identifiers of the test data, no full
        // postcode, nothing BSN-shaped.
        List<String> topic = TopicProbe.readAll(Topics.ANALYTICS);
        List<String> identifiers = List.of(client.toString(), trajectory.toString(), placement.toString(), employer.toString());
        for (String message : topic) {
            identifiers.forEach(id -> assertFalse(message.contains(id), "an identifier of the test data reached the BI topic"));
            assertFalse(message.contains("\"3526\""), "a full postcode reached the BI topic");
            assertFalse(BSN_SHAPED.matcher(message).find(), "a BSN-shaped value reached the BI topic");
        }
    }

    @Test
    void pseudonymsAreStablePerPersonAndDifferPerOrganisation() {
        UUID client = UUID.randomUUID();
        assertEquals(pseudonyms.of("uw", client), pseudonyms.of("uw", client));
        assertNotEquals(pseudonyms.of("uw", client), pseudonyms.of("pastiel", client));
        assertNotEquals(client, pseudonyms.of("uw", client));
        assertEquals(8, pseudonyms.of("uw", client).version(), "a version-8 (custom) UUID");
    }

    private static Map<String, JsonNode> factsOf(UUID pseudonym) {
        return TopicProbe.readAll(Topics.ANALYTICS).stream()
                .map(AnalyticsStreamTest::tree)
                .filter(node -> pseudonym.toString().equals(node.path("subject").asText()))
                .collect(Collectors.toMap(node -> node.at("/data/step").asText(), Function.identity(), (a, b) -> a));
    }

    private static JsonNode tree(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
