package nl.opstap.support.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** RestAssured requests that carry a demo user's real token ({@link Tokens}), instead of a copied helper per test class. */
public final class TokenRequests {

    private TokenRequests() {
    }

    /** A request as the given demo user, e.g. {@code asUser("uw-consultant").get("/trajectories")}. */
    public static RequestSpecification asUser(String username) {
        return given().auth().oauth2(Tokens.user(username));
    }
}
