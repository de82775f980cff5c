package nl.opstap.support.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the test Keycloak (deploy/keycloak/opstap-realm.json), cached per principal. */
public final class Tokens {

    public static final String DEMO_PASSWORD = "demo";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

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

    private static String tokenUrl() {
        String issuer = System.getenv().getOrDefault("OPSTAP_OIDC_URL", "http://127.0.0.1:18180/realms/opstap");
        return issuer + "/protocol/openid-connect/token";
    }
}
