package nl.opstap.intake.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import nl.opstap.intake.TestData;
import nl.opstap.support.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The municipal referral API holds each municipal system to its own allowance (issue #10, OWASP API4). */
@QuarkusTest
@TestProfile(RateLimitTest.TightLimits.class)
class RateLimitTest {

    /** Three referrals at once, then one a second. */
    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("opstap.rate-limit.municipal-referrals.per-minute", "60",
                    "opstap.rate-limit.municipal-referrals.burst", "3");
        }
    }

    @Test
    void aMunicipalSystemThatSendsTooFastIsToldWhenToTryAgainAndOthersAreNotHeldUp() {
        String utrecht = Tokens.client("gemeente-utrecht");
        for (int i = 0; i < 3; i++) {
            refer(utrecht, TestData.reference()).then().statusCode(201);
        }
        Map<String, Object> refused = TestData.referral(TestData.reference(), TestData.bsn());
        Response tooMany = refer(utrecht, refused);
        tooMany.then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://opstap.nl/problems/too-many-requests"))
                .body("status", equalTo(429));
        int retryAfter = Integer.parseInt(tooMany.getHeader("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);

        // Another municipal system has its own allowance.
        refer(Tokens.client("gemeente-nieuwegein"), TestData.referral(TestData.reference(), TestData.bsn())).then().statusCode(201);

        // The refused referral left nothing behind: sent again once allowed, it is new (201), not a repeat (200).
        int retried = await().atMost(Duration.ofSeconds(10)).until(() -> refer(utrecht, refused).statusCode(), status -> status != 429);
        assertEquals(201, retried);
    }

    private static Response refer(String token, String reference) {
        return refer(token, TestData.referral(reference, TestData.bsn()));
    }

    private static Response refer(String token, Map<String, Object> referral) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(referral).post("/referrals");
    }
}
