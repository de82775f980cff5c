package nl.opstap.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.opstap.events.Topics;
import nl.opstap.support.testing.TopicProbe;
import nl.opstap.support.testing.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A real crash between commit and send: the packaged service runs as its own process with the relay off,
 * commits a referral, and is killed with SIGKILL. Started again, it publishes that event, once.
 */
class OutboxCrashIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    @Test
    void anEventCommittedBeforeAKillIsPublishedAfterTheRestart() throws Exception {
        int port = freePort();
        try (TopicProbe probe = TopicProbe.open(Topics.INTAKE_CLIENT)) {
            Process first = start(port, false);
            String id;
            try {
                awaitReady(port);
                id = given().baseUri("http://127.0.0.1:" + port).auth().oauth2(Tokens.client("gemeente-utrecht"))
                        .contentType(ContentType.JSON).body(TestData.referral(TestData.reference(), TestData.bsn()))
                        .post("/referrals").then().statusCode(201).extract().path("id");
                assertTrue(probe.collect(TopicProbe.valueContains(id), Duration.ofSeconds(2)).isEmpty(), "relay is off: nothing sent yet");
            } finally {
                first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
                first.waitFor();
            }

            Process second = start(port, true);
            try {
                ConsumerRecord<String, String> record = probe.await(TopicProbe.valueContains(id), Duration.ofSeconds(90));
                assertTrue(record.value().contains("referral.received"));
                List<ConsumerRecord<String, String>> all = probe.collect(TopicProbe.valueContains(id), Duration.ofSeconds(3));
                assertEquals(1, all.size(), "published once");
            } finally {
                second.destroy();
                second.waitFor();
            }
        }
    }

    private static Process start(int port, boolean relayEnabled) throws IOException {
        assertTrue(JAR.toFile().exists(), "package the service first: " + JAR);
        return new ProcessBuilder("java", "-Xmx256m", "-Dquarkus.http.port=" + port, "-Dopstap.outbox.relay-enabled=" + relayEnabled,
                "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(new File("target/outbox-crash-it-" + (relayEnabled ? "restart" : "first") + ".log"))
                .start();
    }

    private static void awaitReady(int port) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
