package nl.opstap.intake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.opstap.events.Topics;
import nl.opstap.support.testing.TopicProbe;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs last (the surefire configuration orders classes by @Order): reads the log file every test of this
 * run wrote, and every event intake-service ever put on its topic, and checks that no BSN handed out by
 * {@link TestData} and no client name appears in them.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class NoPersonalDataInLogsTest {

    @Test
    void noBsnOrNameInAnyLogLine() throws IOException {
        Path log = Path.of("target/quarkus-test.log");
        assertTrue(Files.exists(log), "the test profile must log to " + log);
        String content = Files.readString(log);
        assertTrue(TestData.issuedBsns().size() > 10, "the other tests should have used BSNs");
        for (String bsn : TestData.issuedBsns()) {
            assertFalse(content.contains(bsn), "a BSN appears in the log");
        }
        assertFalse(content.contains("El Amrani"), "a client name appears in the log");
    }

    @Test
    void noBsnOrNameInAnyEventOnTheTopic() {
        List<String> events = TopicProbe.readAll(Topics.INTAKE_CLIENT);
        assertTrue(events.size() > 10, "the other tests should have published events");
        for (String event : events) {
            for (String bsn : TestData.issuedBsns()) {
                assertFalse(event.contains(bsn), "a BSN appears in an event");
            }
            assertFalse(event.contains("El Amrani"), "a client name appears in an event");
            assertFalse(event.contains("1990-04-12"), "a birth date appears in an event");
        }
    }
}
