package nl.opstap.platform.journey;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.concurrent.Callable;
import nl.opstap.support.testing.Tokens;

/** How the platform's users call it in these tests: with their own real token, and patiently where events travel. */
final class Calls {

    /** How long one service may take to learn from another's events; generous, since faults delay them. */
    static final Duration PROPAGATION = Duration.ofSeconds(90);

    private Calls() {
    }

    /** A demo user of the organisations, e.g. {@code as("uw-consultant")}. */
    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    /** A municipal system by client credentials, e.g. {@code asClient("gemeente-utrecht")}. */
    static RequestSpecification asClient(String municipalSystem) {
        return given().auth().oauth2(Tokens.client(municipalSystem)).contentType(ContentType.JSON);
    }

    /** A KPI table for one period and programme, as the analyst reads it; asserted 200. */
    static Response kpi(String table, String period, String programmeId) {
        Response response = as("uw-analyst").queryParam("period", period).queryParam("programme", programmeId)
                .get(RunningPlatform.Service.REPORTING.url() + "/kpis/" + table);
        response.then().statusCode(200);
        return response;
    }

    /** Retries a step until its assertions hold, at most {@link #PROPAGATION}. */
    static <T> T eventually(Callable<T> step) {
        return eventually(PROPAGATION, step);
    }

    static <T> T eventually(Duration within, Callable<T> step) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            try {
                return step.call();
            } catch (AssertionError | Exception e) {
                if (System.nanoTime() > deadline) {
                    throw e instanceof AssertionError assertion ? assertion : new AssertionError(e);
                }
                RunningPlatform.sleep(Duration.ofMillis(500));
            }
        }
    }
}
