package nl.opstap.employer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.opstap.support.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmployerResourceTest {

    @Test
    void registerListAndTenantIsolation() {
        String kvk = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        Map<String, Object> body = Map.of("name", "Groenbedrijf De Linde BV", "kvkNumber", kvk, "postcodeArea", "3526");
        String id = given().auth().oauth2(Tokens.user("uw-account-manager")).contentType(ContentType.JSON).body(body)
                .post("/employers").then().statusCode(201).body("kvkNumber", equalTo(kvk)).extract().path("id");

        given().auth().oauth2(Tokens.user("uw-account-manager")).contentType(ContentType.JSON).body(body)
                .post("/employers").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.user("uw-jobcoach")).get("/employers/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.user("pastiel-account-manager")).get("/employers/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.user("uw-account-manager")).queryParam("size", 200).get("/employers")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void invalidFieldsAreNamed() {
        given().auth().oauth2(Tokens.user("uw-account-manager")).contentType(ContentType.JSON)
                .body(Map.of("name", "", "kvkNumber", "12", "postcodeArea", "0123"))
                .post("/employers").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("name", "kvkNumber", "postcodeArea"));
    }
}
