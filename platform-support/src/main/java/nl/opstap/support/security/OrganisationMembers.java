package nl.opstap.support.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who in an organisation holds a realm role, read from Keycloak's admin API with the service's own account
 * (client credentials; the realm grants it view-users). Kept for a minute; a name not found is looked up
 * again at most every few seconds, so that a colleague added a moment ago is not refused.
 */
@ApplicationScoped
public class OrganisationMembers {

    private static final Duration FRESH_FOR = Duration.ofSeconds(60);
    private static final Duration RECHECK_AFTER = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_USERS = 10_000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Map<String, Snapshot> byRole = new ConcurrentHashMap<>();
    private final ObjectMapper json;
    private final Clock clock;
    private final String realmUrl;
    private final String clientId;
    private final String secret;
    private volatile AccessToken token;

    OrganisationMembers(ObjectMapper json, Clock clock,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl,
            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId,
            @ConfigProperty(name = "quarkus.oidc.credentials.secret") String secret) {
        this.json = json;
        this.clock = clock;
        this.realmUrl = realmUrl.replaceAll("/+$", "");
        this.clientId = clientId;
        this.secret = secret;
    }

    /** Whether {@code username} holds {@code role} in organisation {@code tenant}. */
    public boolean holds(String tenant, String role, String username) {
        Snapshot snapshot = snapshot(role, false);
        if (!snapshot.holds(tenant, username) && snapshot.olderThan(RECHECK_AFTER, clock.instant())) {
            snapshot = snapshot(role, true);
        }
        return snapshot.holds(tenant, username);
    }

    private Snapshot snapshot(String role, boolean refresh) {
        Snapshot cached = byRole.get(role);
        if (cached != null && !refresh && !cached.olderThan(FRESH_FOR, clock.instant())) {
            return cached;
        }
        Snapshot fresh = fetch(role);
        byRole.put(role, fresh);
        return fresh;
    }

    private Snapshot fetch(String role) {
        URI uri = URI.create(realmUrl.replace("/realms/", "/admin/realms/") + "/roles/" + URLEncoder.encode(role, StandardCharsets.UTF_8)
                + "/users?briefRepresentation=false&first=0&max=" + MAX_USERS);
        JsonNode users = call(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token()).GET());
        Map<String, Set<String>> orgsByUser = new HashMap<>();
        for (JsonNode user : users) {
            Set<String> orgs = new HashSet<>();
            user.path("attributes").path(Caller.TENANT_CLAIM).forEach(org -> orgs.add(org.asText()));
            if (user.path("enabled").asBoolean(true)) {
                orgsByUser.put(user.path("username").asText(), orgs);
            }
        }
        return new Snapshot(Map.copyOf(orgsByUser), clock.instant());
    }

    private String token() {
        AccessToken current = token;
        Instant now = clock.instant();
        if (current != null && current.validUntil().isAfter(now)) {
            return current.value();
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        JsonNode answer = call(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        // Renew well before expiry so that a token never runs out between check and use.
        long lifetime = Math.max(10, answer.path("expires_in").asLong(60) - 30);
        current = new AccessToken(answer.path("access_token").asText(), now.plusSeconds(lifetime));
        token = current;
        return current.value();
    }

    private JsonNode call(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw unavailable();
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.UNAVAILABLE, "The user directory cannot be reached to check this name; try again shortly");
    }

    private record AccessToken(String value, Instant validUntil) {
    }

    private record Snapshot(Map<String, Set<String>> orgsByUser, Instant fetchedAt) {

        boolean holds(String tenant, String username) {
            return orgsByUser.getOrDefault(username, Set.of()).contains(tenant);
        }

        boolean olderThan(Duration age, Instant now) {
            return fetchedAt.plus(age).isBefore(now);
        }
    }
}
