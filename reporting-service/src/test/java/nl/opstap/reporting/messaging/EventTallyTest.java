package nl.opstap.reporting.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.BenefitResumed;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.EventType;
import nl.opstap.events.Topics;
import nl.opstap.reporting.JourneyEvents;
import nl.opstap.reporting.domain.EventTally;
import nl.opstap.reporting.repository.EventTallyRepository;
import nl.opstap.support.json.StoredJson;
import nl.opstap.support.testing.LocalInfra;
import nl.opstap.support.testing.TopicProbe;
import nl.opstap.support.testing.TopicWriter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The tally and the inbox's guarantees through the real broker, on the intake topic's consumer: each test uses a
 * tenant of its own so counts start at zero.
 */
@QuarkusTest
class EventTallyTest {

    private static final String BENEFIT_RESUMED = EventType.BENEFIT_RESUMED.type();

    @Inject
    EventTallyRepository tallies;

    @Test
    void theSameEventDeliveredTwiceCountsOnce() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        UUID client = UUID.randomUUID();
        String event = benefitResumed(tenant, client);
        TopicWriter.send(Topics.INTAKE_CLIENT, client.toString(), event);
        TopicWriter.send(Topics.INTAKE_CLIENT, client.toString(), event);
        // A different event after the duplicate, same key and so same partition: once it is counted,
        // the duplicate before it has surely been handled.
        TopicWriter.send(Topics.INTAKE_CLIENT, client.toString(), benefitResumed(tenant, client));

        await().atMost(Duration.ofSeconds(30)).until(() -> count(tenant) == 2);
        assertEquals(2, count(tenant), "two distinct events, one of them delivered twice");
    }

    @Test
    void eachTopicsEventsAreCountedOnceAndVacanciesToo() throws Exception {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        UUID client = UUID.randomUUID();
        new JourneyEvents(tenant).started(UUID.randomUUID(), client, LocalDate.of(2026, 3, 1))
                .started(UUID.randomUUID(), client, LocalDate.of(2026, 4, 1)).send();
        ObjectNode vacancy = (ObjectNode) StoredJson.tree(new String(
                getClass().getResourceAsStream("/samples/VacancyPublished.json").readAllBytes(), StandardCharsets.UTF_8));
        vacancy.put("id", UUID.randomUUID().toString()).put("tenant", tenant);
        TopicWriter.send(Topics.EMPLOYER_VACANCY, vacancy.get("subject").asText(), vacancy.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> count(tenant, EventType.VACANCY_PUBLISHED.type()) == 1
                && count(tenant, EventType.TRAJECTORY_STARTED.type()) == 2);
        // The trajectory topic's events went by before the vacancy's was counted: a second count would show by now.
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertEquals(2, count(tenant, EventType.TRAJECTORY_STARTED.type()), "two events, each counted once");
    }

    @Test
    void aMalformedMessageGoesToTheDeadLetterTopicAndTheNextIsProcessed() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        UUID client = UUID.randomUUID();
        String marker = "not-an-event-" + UUID.randomUUID();
        try (TopicProbe deadLetters = TopicProbe.open(Topics.deadLetter("reporting-service"))) {
            TopicWriter.send(Topics.INTAKE_CLIENT, client.toString(), "{\"broken\": \"" + marker + "\"");
            TopicWriter.send(Topics.INTAKE_CLIENT, client.toString(), benefitResumed(tenant, client));

            await().atMost(Duration.ofSeconds(30)).until(() -> count(tenant) == 1);
            ConsumerRecord<String, String> dead = deadLetters.await(TopicProbe.valueContains(marker), Duration.ofSeconds(30));
            assertEquals(client.toString(), dead.key());
            assertTrue(TopicProbe.header(dead, "dead-letter-reason").orElse("").contains("Not JSON"),
                    "the reason travels with the dead letter");
            assertEquals(Topics.INTAKE_CLIENT, TopicProbe.header(dead, "dead-letter-topic").orElseThrow());
        }
    }

    @Test
    void anUnknownEventTypeIsDeadLetteredNotDropped() {
        String marker = UUID.randomUUID().toString();
        String unknown = "{\"id\":\"" + marker + "\",\"type\":\"nl.opstap.client.teleported.v1\",\"source\":\"x\","
                + "\"time\":\"2026-10-01T10:00:00Z\",\"tenant\":\"uw\",\"subject\":\"s\",\"data\":{}}";
        try (TopicProbe deadLetters = TopicProbe.open(Topics.deadLetter("reporting-service"))) {
            TopicWriter.send(Topics.INTAKE_CLIENT, marker, unknown);
            ConsumerRecord<String, String> dead = deadLetters.await(TopicProbe.valueContains(marker), Duration.ofSeconds(30));
            assertTrue(TopicProbe.header(dead, "dead-letter-reason").orElse("").contains("Unknown event type"));
        }
    }

    @Test
    void anEventArrivingWhileTheDatabaseRestartsIsRetriedNotDeadLettered() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        UUID client = UUID.randomUUID();
        try (TopicProbe deadLetters = TopicProbe.open(Topics.deadLetter("reporting-service"))) {
            LocalInfra.postgresStop();
            try {
                TopicWriter.send(Topics.INTAKE_CLIENT, client.toString(), benefitResumed(tenant, client));
                // Give the consumer time to fail on the missing database at least once.
                await().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> true);
            } finally {
                LocalInfra.postgresStart();
            }
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> count(tenant) == 1);
            assertTrue(deadLetters.collect(TopicProbe.valueContains(client.toString()), Duration.ofSeconds(2)).isEmpty(),
                    "a transient failure must not dead-letter a valid event");
        }
    }

    private long count(String tenant) {
        return count(tenant, BENEFIT_RESUMED);
    }

    private long count(String tenant, String type) {
        return QuarkusTransaction.requiringNew().call(() -> tallies.findByIdOptional(new EventTally.Key(tenant, type))
                .map(t -> t.eventCount).orElse(0L));
    }

    private static String benefitResumed(String tenant, UUID client) {
        return EventJson.write(EventEnvelope.of("intake-service", tenant, client.toString(), Instant.now(),
                new BenefitResumed(client, "GM0344", LocalDate.of(2026, 10, 1))));
    }
}
