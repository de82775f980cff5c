package nl.opstap.intake;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.opstap.support.testing.HostileInputContract;
import nl.opstap.support.testing.Tokens;

@QuarkusTest
class IntakeHostileInputTest extends HostileInputContract {

    private JsonPath referral;

    /** A real referral of the demo organisation, so that bodies reach validation and another organisation meets real ids. */
    @Override
    protected String pathValue(String pathTemplate, String parameter) {
        if (referral == null) {
            referral = given().auth().oauth2(Tokens.client("gemeente-utrecht")).contentType(ContentType.JSON)
                    .body(TestData.referral(TestData.reference(), TestData.bsn())).post("/referrals")
                    .then().statusCode(201).extract().jsonPath();
        }
        return switch (parameter) {
            case "clientId" -> referral.getString("clientId");
            case "id" -> referral.getString("id");
            default -> super.pathValue(pathTemplate, parameter);
        };
    }
}
