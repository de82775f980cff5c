package nl.opstap.employer.rest;

import static io.restassured.RestAssured.given;
import static nl.opstap.employer.testing.Fixtures.ACCOUNT_MANAGER;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.employer.testing.Fixtures;
import nl.opstap.support.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmployerResourceTest {

    @Test
    void shouldRegisterOnceAndKeepTenantsApart() {
        Map<String, Object> body = Fixtures.employerBody("Groenbedrijf De Linde BV");
        body.put("sbiCode", "8130");
        body.put("locations", List.of("3526 ka", "3454PV"));
        body.put("networks", List.of("Werkgeversnetwerk Inclusief Utrecht"));
        body.put("contactPersons", List.of(Map.of("name", "Petra de Linde", "role", "HR", "email", "petra@delinde.example")));
        String id = given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON).body(body)
                .post("/employers").then().statusCode(201)
                .body("kvkNumber", equalTo(body.get("kvkNumber")))
                .body("locations", contains("3526KA", "3454PV"))
                .body("contactPersons[0].name", equalTo("Petra de Linde"))
                .extract().path("id");

        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON).body(body)
                .post("/employers").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.user("uw-jobcoach")).get("/employers/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.user("pastiel-account-manager")).get("/employers/" + id).then().statusCode(404);
    }

    @Test
    void shouldNameEveryInvalidField() {
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON)
                .body(Map.of("name", "", "kvkNumber", "1234567", "postcodeArea", "0123", "sbiCode", "81.30",
                        "locations", List.of("35 KA"), "contactPersons", List.of(Map.of("name", "X", "email", "not-an-address"))))
                .post("/employers").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("name", "kvkNumber", "postcodeArea", "sbiCode", "locations[0]",
                        "contactPersons[0].email"));
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON)
                .body(Map.of("name", "Letters", "kvkNumber", "3012345A", "postcodeArea", "3526"))
                .post("/employers").then().statusCode(400).body("violations.field", contains("kvkNumber"));
    }

    @Test
    void shouldSearchByNameSectorPostcodeAreaAndNetwork() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String network = "Netwerk " + marker;
        Map<String, Object> green = Fixtures.employerBody("Groen " + marker + " BV");
        green.put("sbiCode", "8130");
        green.put("locations", List.of("6711 AA"));
        green.put("networks", List.of(network));
        Map<String, Object> logistics = Fixtures.employerBody("Aanvoer " + marker + " BV");
        logistics.put("sbiCode", "5210");
        logistics.put("networks", List.of(network));
        UUID greenId = Fixtures.employer(ACCOUNT_MANAGER, green);
        UUID logisticsId = Fixtures.employer(ACCOUNT_MANAGER, logistics);

        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).queryParam("network", network)
                .get("/employers").then().statusCode(200).body("items.id", contains(logisticsId.toString(), greenId.toString()));
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).queryParam("network", network).queryParam("sort", "-name")
                .get("/employers").then().statusCode(200).body("items.id", contains(greenId.toString(), logisticsId.toString()));
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).queryParam("network", network).queryParam("sbiCode", "81")
                .get("/employers").then().statusCode(200).body("items.id", contains(greenId.toString()));
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).queryParam("name", marker.toUpperCase()).queryParam("postcodeArea", "6711")
                .get("/employers").then().statusCode(200).body("items.id", contains(greenId.toString()));
        given().auth().oauth2(Tokens.user("pastiel-account-manager")).queryParam("network", network)
                .get("/employers").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldRefuseUnreadableFiltersByName() {
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).queryParam("sort", "kvk").get("/employers")
                .then().statusCode(400).body("violations.field", contains("sort"));
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).queryParam("postcodeArea", "35").get("/employers")
                .then().statusCode(400).body("violations.field", contains("postcodeArea"));
    }

    @Test
    void shouldChangeAnEmployerButNotOntoAnotherKvkNumber() {
        Map<String, Object> first = Fixtures.employerBody("Eerste");
        UUID firstId = Fixtures.employer(ACCOUNT_MANAGER, first);
        Map<String, Object> second = Fixtures.employerBody("Tweede");
        UUID secondId = Fixtures.employer(ACCOUNT_MANAGER, second);
        second.put("name", "Tweede, hernoemd");
        second.put("networks", List.of("Netwerk Oost"));
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON).body(second)
                .put("/employers/" + secondId).then().statusCode(200)
                .body("name", equalTo("Tweede, hernoemd")).body("networks", containsInAnyOrder("Netwerk Oost"));
        second.put("kvkNumber", first.get("kvkNumber"));
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON).body(second)
                .put("/employers/" + secondId).then().statusCode(409);
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).get("/employers/" + firstId).then().body("name", equalTo("Eerste"));
    }

    @Test
    void shouldKeepAContactLogAndCountAgreements() {
        UUID id = Fixtures.employer();
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON)
                .body(Map.of("contactedOn", "2026-11-02", "subject", "Kennismaking", "nextStep", "Offerte sturen"))
                .post("/employers/" + id + "/contacts").then().statusCode(201).body("accountManager", equalTo(ACCOUNT_MANAGER));
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON)
                .body(Map.of("contactedOn", "2999-01-01", "subject", "Toekomst"))
                .post("/employers/" + id + "/contacts").then().statusCode(400).body("violations.field", contains("contactedOn"));
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).get("/employers/" + id + "/contacts")
                .then().statusCode(200).body("items.subject", contains("Kennismaking"));

        String agreement = given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON)
                .body(Map.of("description", "Werkervaringsplekken", "perYear", 2, "year", 2026))
                .post("/employers/" + id + "/agreements").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON).body(Map.of("count", 1))
                .post("/employers/" + id + "/agreements/" + agreement + "/realisations").then().statusCode(200).body("realised", equalTo(1));
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON).body(Map.of("count", -2))
                .post("/employers/" + id + "/agreements/" + agreement + "/realisations").then().statusCode(409);
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).get("/employers/" + id + "/agreements")
                .then().statusCode(200).body("items.realised", contains(1));
        given().auth().oauth2(Tokens.user("uw-jobcoach")).get("/employers/" + id + "/contacts").then().statusCode(403);
        given().auth().oauth2(Tokens.user("pastiel-account-manager")).get("/employers/" + id + "/agreements").then().statusCode(404);
    }
}
