package nl.opstap.employer.rest;

import static io.restassured.RestAssured.given;
import static nl.opstap.employer.testing.Fixtures.ACCOUNT_MANAGER;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import nl.opstap.employer.testing.Fixtures;
import nl.opstap.support.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An employer user (real Keycloak token with the employer_id claim) sees and changes its own organisation only. */
@QuarkusTest
class EmployerIsolationTest {

    UUID own;
    UUID other;
    String employerUser;
    UUID otherVacancy;

    @BeforeEach
    void twoEmployers() {
        own = Fixtures.employer();
        other = Fixtures.employer();
        employerUser = Tokens.employer("uw", own);
        otherVacancy = Fixtures.vacancy(Tokens.user(ACCOUNT_MANAGER), other, Fixtures.vacancyBody("Extra plek"));
    }

    @Test
    void shouldSeeItsOwnOrganisationAndNoOther() {
        given().auth().oauth2(employerUser).get("/employers/" + own).then().statusCode(200).body("id", equalTo(own.toString()));
        given().auth().oauth2(employerUser).get("/employers/" + other).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(employerUser).get("/employers").then().statusCode(403);
        given().auth().oauth2(employerUser).get("/employers/" + own + "/contacts").then().statusCode(403);
    }

    @Test
    void shouldChangeItsOwnOrganisationOnly() {
        Map<String, Object> body = Fixtures.employerBody("Eigen naam");
        given().auth().oauth2(employerUser).contentType(ContentType.JSON).body(body)
                .put("/employers/" + own).then().statusCode(200).body("name", equalTo("Eigen naam"));
        given().auth().oauth2(employerUser).contentType(ContentType.JSON).body(Fixtures.employerBody("Overgenomen"))
                .put("/employers/" + other).then().statusCode(404);
    }

    @Test
    void shouldManageItsOwnVacanciesAndNotFindOthers() {
        UUID mine = Fixtures.vacancy(employerUser, own, Fixtures.vacancyBody("Extra plek"));
        given().auth().oauth2(employerUser).get("/vacancies").then().statusCode(200).body("items.id", contains(mine.toString()));
        given().auth().oauth2(employerUser).queryParam("employerId", other.toString()).get("/vacancies").then().statusCode(404);
        given().auth().oauth2(employerUser).get("/vacancies/" + otherVacancy).then().statusCode(404);
        given().auth().oauth2(employerUser).post("/vacancies/" + otherVacancy + "/publish").then().statusCode(404);
        given().auth().oauth2(employerUser).contentType(ContentType.JSON).body(Map.of("reason", "WITHDRAWN"))
                .post("/vacancies/" + otherVacancy + "/close").then().statusCode(404);
        given().auth().oauth2(employerUser).contentType(ContentType.JSON)
                .body(Map.of("employerId", other, "vacancy", Fixtures.vacancyBody("Extra plek")))
                .post("/vacancies").then().statusCode(404);
        given().auth().oauth2(employerUser).post("/vacancies/" + mine + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void shouldReadItsOwnContractsAndLedgerOnly() {
        String ruleset = Fixtures.ruleset(4_000_000);
        UUID ownContract = Fixtures.signedContract(own, ruleset, "2026-01-01", "2027-12-31");
        UUID otherContract = Fixtures.signedContract(other, ruleset, "2026-01-01", "2027-12-31");
        given().auth().oauth2(employerUser).get("/sroi/contracts").then().statusCode(200).body("items.id", contains(ownContract.toString()));
        given().auth().oauth2(employerUser).get("/sroi/contracts/" + ownContract + "/ledger").then().statusCode(200)
                .body("obligationCents", equalTo(5_000_000));
        given().auth().oauth2(employerUser).get("/sroi/contracts/" + ownContract + "/ledger.csv").then().statusCode(200)
                .contentType("text/csv");
        given().auth().oauth2(employerUser).get("/sroi/contracts/" + otherContract).then().statusCode(404);
        given().auth().oauth2(employerUser).get("/sroi/contracts/" + otherContract + "/ledger").then().statusCode(404);
        given().auth().oauth2(employerUser).get("/sroi/contracts/" + otherContract + "/ledger.csv").then().statusCode(404);
        given().auth().oauth2(employerUser).post("/sroi/contracts/" + ownContract + "/sign").then().statusCode(403);
    }
}
