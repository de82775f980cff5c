package nl.opstap.trajectory.messaging;

import static nl.opstap.support.testing.TokenRequests.asUser;
import static nl.opstap.trajectory.TrajectoryFixtures.consultant;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.Topics;
import nl.opstap.support.deadletter.DeadLetterQueue;
import nl.opstap.support.testing.TopicProbe;
import nl.opstap.support.testing.TopicWriter;
import nl.opstap.trajectory.TrajectoryFixtures;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The shared dead-letter re-drive (platform-support), exercised in a service that consumes events. */
@QuarkusTest
class DeadLetterRedriveTest {

    private static final String DEAD_LETTERS = Topics.deadLetter("trajectory-service");

    @Test
    void adminRedrivesOwnDeadLetterOnceAndTheServiceProcessesIt() throws Exception {
        UUID client = UUID.randomUUID();
        String programme = TrajectoryFixtures.publish(TrajectoryFixtures.programme("FLAG", false));
        String admission = TrajectoryFixtures.admission(client, programme, LocalDate.now());
        String eventId = new ObjectMapper().readTree(admission).path("id").asText();
        // What SmallRye writes when the consumer failed on this event (e.g. a bug since fixed).
        TopicWriter.send(DEAD_LETTERS, client.toString(), admission, Map.of(
                "ce_id", eventId, "ce_type", "nl.opstap.client.admitted.v1", "ce_tenant", "uw",
                "dead-letter-topic", Topics.INTAKE_CLIENT, "dead-letter-partition", "1", "dead-letter-offset", "42",
                "dead-letter-reason", "Simulated failure before the fix"));

        asUser("pastiel-admin").queryParam("limit", 200).get("/admin/dead-letters")
                .then().statusCode(200).body("items.eventId", not(hasItem(eventId)));
        asUser("uw-consultant").get("/admin/dead-letters").then().statusCode(403);
        asUser("uw-admin").queryParam("limit", 200).get("/admin/dead-letters")
                .then().statusCode(200)
                .body("pending", greaterThanOrEqualTo(1))
                .body("items.find { it.eventId == '" + eventId + "' }.sourceTopic", equalTo(Topics.INTAKE_CLIENT))
                .body("items.find { it.eventId == '" + eventId + "' }.sourceOffset", equalTo(42))
                .body("items.find { it.eventId == '" + eventId + "' }.reason", equalTo("Simulated failure before the fix"));

        try (TopicProbe source = TopicProbe.open(Topics.INTAKE_CLIENT);
                TopicProbe trajectories = TopicProbe.open(Topics.TRAJECTORY_TRAJECTORY)) {
            // Only this event: other dead letters of the organisation (earlier tests') stay where they are.
            asUser("uw-admin").queryParam("eventId", eventId).post("/admin/dead-letters/redrive")
                    .then().statusCode(200).body("redriven", equalTo(1));

            ConsumerRecord<String, String> redriven = source.await(r -> r.value().contains(eventId), Duration.ofSeconds(20));
            assertEquals(DEAD_LETTERS, TopicProbe.header(redriven, DeadLetterQueue.REDRIVEN_FROM_HEADER)
                    .orElseThrow().split("/")[0]);
            assertEquals(client.toString(), redriven.key());
            assertTrue(TopicProbe.header(redriven, "dead-letter-reason").isEmpty(), "dead-letter headers are dropped");
            trajectories.await(r -> client.toString().equals(r.key()) && r.value().contains("trajectory.started"),
                    Duration.ofSeconds(30));
        }
        consultant().queryParam("clientId", client.toString()).get("/trajectories").then().body("totalItems", equalTo(1));

        // Re-driven once: no longer pending, and asking again sends nothing.
        asUser("uw-admin").queryParam("limit", 200).get("/admin/dead-letters")
                .then().statusCode(200).body("items.eventId", not(hasItem(eventId)));
        asUser("uw-admin").queryParam("eventId", eventId).post("/admin/dead-letters/redrive")
                .then().statusCode(200).body("redriven", equalTo(0));
        asUser("uw-admin").queryParam("eventId", "not-a-uuid").post("/admin/dead-letters/redrive")
                .then().statusCode(400);
    }
}
