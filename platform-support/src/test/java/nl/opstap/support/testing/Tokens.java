package nl.opstap.support.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the test Keycloak (deploy/keycloak/opstap-realm.json), cached per principal. */
public final class Tokens {

    public static final String DEMO_PASSWORD = "demo";
    private static final String EXPIRING_CLIENT = "opstap-test-expiring";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> LINKED_EMPLOYERS = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A demo user's token through the public web client, e.g. {@code user("uw-consultant")}. */
    public static String user(String username) {
        return CACHE.computeIfAbsent("user:" + username, key -> given()
                .formParam("grant_type", "password")
                .formParam("client_id", "opstap-web")
                .formParam("username", username)
                .formParam("password", DEMO_PASSWORD)
                .post(tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    /** A confidential client's token by client credentials, e.g. {@code client("gemeente-utrecht")}. */
    public static String client(String clientId) {
        return CACHE.computeIfAbsent("client:" + clientId, key -> given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", clientId + "-secret")
                .post(tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    /**
     * The token of an employer user linked to {@code employerId}: a user {@code employer-<tenant>-<id>} with role
     * {@code employer}, tenant {@code tenant} and the Keycloak attribute {@code employer_id}, created through the
     * admin API on first use. That is how an administrator links an employer's staff in production too; the
     * token then carries the claim {@code employer_id}.
     */
    public static String employer(String tenant, UUID employerId) {
        // The tenant is part of the name: the same employer id under another tenant is another user (isolation tests use that).
        String username = "employer-" + tenant + "-" + employerId;
        // Not inside CACHE.computeIfAbsent: user() below uses that map, and nesting it is not allowed.
        LINKED_EMPLOYERS.computeIfAbsent(username, key -> {
            linkEmployerUser(username, tenant, employerId);
            return Boolean.TRUE;
        });
        return user(username);
    }

    private static void linkEmployerUser(String username, String tenant, UUID employerId) {
        String admin = adminToken();
        List<String> existing = given().auth().oauth2(admin)
                .queryParam("username", username).queryParam("exact", true)
                .get(keycloakUrl() + "/admin/realms/opstap/users")
                .then().statusCode(200).extract().path("id");
        if (!existing.isEmpty()) {
            return;
        }
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true,
                        "firstName", "Werkgever", "lastName", employerId.toString().substring(0, 8),
                        "email", username + "@example.test", "emailVerified", true,
                        "attributes", Map.of("org", List.of(tenant), "employer_id", List.of(employerId.toString())),
                        "credentials", List.of(Map.of("type", "password", "value", DEMO_PASSWORD, "temporary", false))))
                .post(keycloakUrl() + "/admin/realms/opstap/users")
                .then().statusCode(201);
        String userId = given().auth().oauth2(admin)
                .queryParam("username", username).queryParam("exact", true)
                .get(keycloakUrl() + "/admin/realms/opstap/users")
                .then().statusCode(200).extract().path("[0].id");
        Map<String, Object> role = given().auth().oauth2(admin)
                .get(keycloakUrl() + "/admin/realms/opstap/roles/employer")
                .then().statusCode(200).extract().as(Map.class);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(List.of(Map.of("id", role.get("id"), "name", "employer")))
                .post(keycloakUrl() + "/admin/realms/opstap/users/" + userId + "/role-mappings/realm")
                .then().statusCode(204);
    }

    /**
     * A token of {@code uw-consultant} that has expired: issued by a copy of the web client whose tokens live one
     * second (created through the admin API on first use), then left to expire. Everything but the expiry is valid.
     */
    public static String expired() {
        String token = CACHE.computeIfAbsent("expired", key -> {
            String admin = adminToken();
            String clients = keycloakUrl() + "/admin/realms/opstap/clients";
            List<?> existing = given().auth().oauth2(admin).queryParam("clientId", EXPIRING_CLIENT).get(clients)
                    .then().statusCode(200).extract().as(List.class);
            if (existing.isEmpty()) {
                Map<String, Object> web = given().auth().oauth2(admin).queryParam("clientId", "opstap-web").get(clients)
                        .then().statusCode(200).extract().path("[0]");
                web.remove("id");
                web.put("clientId", EXPIRING_CLIENT);
                web.put("attributes", Map.of("access.token.lifespan", "1"));
                if (web.get("protocolMappers") instanceof List<?> mappers) {
                    mappers.forEach(m -> ((Map<?, ?>) m).remove("id"));
                }
                given().auth().oauth2(admin).contentType(ContentType.JSON).body(web).post(clients).then().statusCode(201);
            }
            return given()
                    .formParam("grant_type", "password")
                    .formParam("client_id", EXPIRING_CLIENT)
                    .formParam("username", "uw-consultant")
                    .formParam("password", DEMO_PASSWORD)
                    .post(tokenUrl())
                    .then().statusCode(200)
                    .extract().path("access_token");
        });
        try {
            Thread.sleep(2_000); // past the one-second lifespan, whatever happened since it was cached
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return token;
    }

    private static String adminToken() {
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"))
                .formParam("password", System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"))
                .post(keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** The realm's URL, the issuer of every token and the prefix of its login page. */
    public static String issuer() {
        return System.getenv().getOrDefault("OPSTAP_OIDC_URL", "http://127.0.0.1:18180/realms/opstap");
    }

    private static String keycloakUrl() {
        return issuer().substring(0, issuer().lastIndexOf("/realms/"));
    }

    private static String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }
}
