package nl.opstap.support.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import nl.opstap.events.EventType;
import nl.opstap.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every Opstap service must do, run by each service's own {@code @QuarkusTest} subclass against the
 * real infrastructure: healthy with its database and Kafka checked, OpenAPI served, and a protected
 * endpoint that answers 401 without a token, 403 for the wrong role and 200 for the right one.
 */
public abstract class ServiceBasicsContract {

    /** A GET endpoint that needs a role. */
    protected abstract String protectedPath();

    /** A demo user whose role may call it, e.g. {@code uw-consultant}. */
    protected abstract String allowedUser();

    /** A demo user whose role may not, e.g. {@code uw-analyst}. */
    protected abstract String forbiddenUser();

    /**
     * Reporting's replay reads the topics from their beginning: the broker's 7-day default would lose events. The answers
     * to data-subject requests are the exception: they hold sealed exports and are kept a week on purpose.
     */
    @Test
    void topicsKeepTheirEventsForeverButTheAnswersToDataSubjectRequestsAWeek() {
        Set<String> topics = new TreeSet<>(Arrays.stream(EventType.values()).map(EventType::topic).toList());
        topics.add(Topics.deadLetter(ConfigProvider.getConfig().getValue("quarkus.application.name", String.class)));
        List<ConfigResource> resources = topics.stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(10, TimeUnit.SECONDS);
                configs.forEach((topic, config) -> assertEquals(Topics.PRIVACY_COMPLETION.equals(topic.name())
                                ? Long.toString(Duration.ofDays(Topics.PRIVACY_COMPLETION_RETENTION_DAYS).toMillis()) : "-1",
                        config.get(TopicConfig.RETENTION_MS_CONFIG).value(), topic.name() + " retention.ms"));
            });
        }
    }

    @Test
    void healthIsUpAndChecksDatabaseAndKafka() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** Also keeps the served document in target/openapi/ for deploy/local/api-check.sh (Spectral, TypeScript). */
    @Test
    void openApiDocumentIsServed() throws IOException {
        String document = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("openapi", org.hamcrest.Matchers.startsWith("3."))
                .body("paths", not(anEmptyMap()))
                .extract().asString();
        given().get("/q/swagger-ui/index.html").then().statusCode(200);
        Path target = Path.of("target", "openapi", "openapi.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, document);
    }

    @Test
    void everyOperationIsDocumented() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        List<String> undocumented = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Object summary = operation.get("summary");
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            boolean secured = operation.containsKey("security");
            if (summary == null || summary.toString().isBlank() || responses == null
                    || responses.keySet().stream().noneMatch(code -> code.startsWith("2"))
                    || (secured && !(responses.containsKey("401") && responses.containsKey("403")))) {
                undocumented.add(method.toUpperCase() + " " + path);
            }
        }));
        assertTrue(undocumented.isEmpty(), "operations without summary, success response or 401/403: " + undocumented);
    }

    @Test
    void withoutTokenIs401AsProblem() {
        given().get(protectedPath())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opstap.nl/problems/unauthenticated"));
    }

    @Test
    void anUnknownPathIs404AsProblem() {
        given().get("/no-such-endpoint")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opstap.nl/problems/not-found"));
    }

    @Test
    void withInvalidTokenIs401() {
        given().auth().oauth2("not.a.token").get(protectedPath())
                .then().statusCode(401);
    }

    @Test
    void wrongRoleIs403AsProblem() {
        given().auth().oauth2(Tokens.user(forbiddenUser())).get(protectedPath())
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opstap.nl/problems/forbidden"));
    }

    @Test
    void rightRoleIs200() {
        given().auth().oauth2(Tokens.user(allowedUser())).get(protectedPath())
                .then().statusCode(200);
    }
}
