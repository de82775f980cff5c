package nl.opstap.employer.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.opstap.support.testing.Tokens;

/** Employers, vacancies, rulesets and contracts made through the API, each with unique keys so tests never collide. */
public final class Fixtures {

    public static final String ACCOUNT_MANAGER = "uw-account-manager";
    public static final String ADMIN = "uw-admin";

    private Fixtures() {
    }

    public static String kvk() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
    }

    public static Map<String, Object> employerBody(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kvkNumber", kvk());
        body.put("postcodeArea", "3526");
        return body;
    }

    public static UUID employer(String user, Map<String, Object> body) {
        return UUID.fromString(given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(body)
                .post("/employers").then().statusCode(201).extract().path("id"));
    }

    public static UUID employer() {
        return employer(ACCOUNT_MANAGER, employerBody("Werkgever " + UUID.randomUUID()));
    }

    public static Map<String, Object> vacancyBody(String additionality) {
        Map<String, Object> vacancy = new HashMap<>();
        vacancy.put("kind", "WORK_EXPERIENCE");
        vacancy.put("title", "Medewerker groenonderhoud");
        vacancy.put("occupationIsco", "9214");
        vacancy.put("workType", "green-maintenance");
        vacancy.put("hoursPerWeekMin", 16);
        vacancy.put("hoursPerWeekMax", 32);
        vacancy.put("postcode", "3526 KA");
        vacancy.put("openings", 2);
        vacancy.put("requiredCompetences", Map.of("motivation", 3, "workSkills", 2));
        vacancy.put("wishedCompetences", List.of("learningAttitude"));
        vacancy.put("requiredCertificates", List.of("VCA-basis"));
        vacancy.put("physicalDemands", List.of("NO_OUTDOOR_WORK"));
        vacancy.put("minWageValuePercent", 50);
        vacancy.put("wageCostSubsidyPossible", true);
        vacancy.put("riasecCode", "RC");
        vacancy.put("sroiEligible", true);
        if (additionality != null) {
            vacancy.put("additionalityStatement", additionality);
        }
        return vacancy;
    }

    public static UUID vacancy(String token, UUID employerId, Map<String, Object> vacancy) {
        return UUID.fromString(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("employerId", employerId, "vacancy", vacancy))
                .post("/vacancies").then().statusCode(201).extract().path("id"));
    }

    /** A ruleset code of its own per test, so versions do not interfere. */
    public static String ruleset(long participatiewetAnnualCents) {
        String code = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        publishRuleset(code, participatiewetAnnualCents);
        return code;
    }

    public static void publishRuleset(String code, long participatiewetAnnualCents) {
        Map<String, Object> definition = Map.of(
                "fullTimeHoursPerWeek", 36,
                "employment", List.of(
                        Map.of("targetGroup", "PARTICIPATIEWET", "annualCents", participatiewetAnnualCents, "maxMonths", 24),
                        Map.of("targetGroup", "WW", "annualCents", 2_000_000, "maxMonths", 12)),
                "aged55BonusAnnualCents", 1_000_000,
                "lastingJobAfterMonths", 12,
                "lastingJobWeightPercent", 150,
                "socialEnterprisePurchasePercent", 100,
                "workExperiencePlaceMonthCents", 150_000,
                "trainingCourseCents", 250_000);
        given().auth().oauth2(Tokens.user(ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("code", code, "region", "Testregio", "definition", definition))
                .post("/sroi/rulesets").then().statusCode(201);
    }

    public static UUID signedContract(UUID contractor, String rulesetCode, String startsOn, String endsOn) {
        UUID id = UUID.fromString(given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).contentType(ContentType.JSON)
                .body(Map.of("contractorEmployerId", contractor, "contractingAuthority", "Gemeente Utrecht",
                        "tenderReference", "T-" + UUID.randomUUID(), "contractSumCents", 100_000_000, "startsOn", startsOn, "endsOn", endsOn,
                        "rulesetCode", rulesetCode))
                .post("/sroi/contracts").then().statusCode(201).extract().path("id"));
        given().auth().oauth2(Tokens.user(ACCOUNT_MANAGER)).post("/sroi/contracts/" + id + "/sign").then().statusCode(200);
        return id;
    }
}
