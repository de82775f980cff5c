package nl.opstap.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.BenefitResumed;
import nl.opstap.events.Topics;
import nl.opstap.support.outbox.EventPublisher;
import nl.opstap.support.outbox.OutboxRelay;
import nl.opstap.support.outbox.OutboxRepository;
import nl.opstap.support.testing.LocalInfra;
import nl.opstap.support.testing.TopicProbe;
import nl.opstap.support.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The transactional outbox against the real broker: no event without its commit, no commit without its event. */
@QuarkusTest
class OutboxTest {

    @Inject
    EventPublisher publisher;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxRepository outbox;

    @Test
    void aRolledBackTransactionPublishesNothing() {
        UUID subject = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.open(Topics.INTAKE_CLIENT)) {
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                publisher.publish("uw", subject, new BenefitResumed(subject, "GM0344", LocalDate.of(2026, 10, 1)));
                throw new IllegalStateException("the state change failed after the event was written");
            }));
            assertEquals(0, QuarkusTransaction.requiringNew().call(() -> outbox.count("eventKey", subject.toString())));
            assertTrue(probe.collect(TopicProbe.valueContains(subject.toString()), Duration.ofSeconds(3)).isEmpty());
        }
    }

    @Test
    void anEventCommittedWhileTheRelayIsDownIsPublishedWhenItComesBack() {
        try (TopicProbe probe = TopicProbe.open(Topics.INTAKE_CLIENT)) {
            String id;
            relay.pause(); // as if the process died right after the commit
            try {
                id = refer();
                assertFalse(probe.collect(TopicProbe.valueContains(id), Duration.ofSeconds(2)).stream().findAny().isPresent(),
                        "nothing may be sent while the relay is down");
                assertEquals(1, QuarkusTransaction.requiringNew().call(
                        () -> outbox.count("sentAt is null and payload like ?1", "%" + id + "%")));
            } finally {
                relay.resume(); // the relay keeps no state: a restarted one sends exactly what is unsent
            }
            probe.await(TopicProbe.valueContains(id), Duration.ofSeconds(20));
        }
    }

    @Test
    void withTheBrokerStoppedRequestsSucceedAndTheirEventsFollowWhenItIsBack() {
        try (TopicProbe probe = TopicProbe.open(Topics.INTAKE_CLIENT)) {
            String id;
            LocalInfra.kafkaStop();
            try {
                long started = System.nanoTime();
                id = refer();
                assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5, "a request must not wait for the broker");
            } finally {
                LocalInfra.kafkaStart();
            }
            probe.await(TopicProbe.valueContains(id), Duration.ofSeconds(60));
        }
    }

    private static String refer() {
        return given().auth().oauth2(Tokens.client("gemeente-utrecht")).contentType(ContentType.JSON)
                .body(TestData.referral(TestData.reference(), TestData.bsn()))
                .post("/referrals").then().statusCode(201).extract().path("id");
    }
}
