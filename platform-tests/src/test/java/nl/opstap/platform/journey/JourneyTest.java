package nl.opstap.platform.journey;

import static io.restassured.RestAssured.given;
import static nl.opstap.platform.journey.Calls.as;
import static nl.opstap.platform.journey.Calls.asClient;
import static nl.opstap.platform.journey.Calls.eventually;
import static nl.opstap.platform.journey.RunningPlatform.Service.EMPLOYER;
import static nl.opstap.platform.journey.RunningPlatform.Service.INTAKE;
import static nl.opstap.platform.journey.RunningPlatform.Service.MATCHING;
import static nl.opstap.platform.journey.RunningPlatform.Service.REPORTING;
import static nl.opstap.platform.journey.RunningPlatform.Service.TRAJECTORY;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import nl.opstap.events.Topics;
import nl.opstap.support.testing.PersonalTestData;
import nl.opstap.support.testing.Tokens;
import nl.opstap.support.testing.TopicProbe;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue #11: one client's whole journey through the five packaged services, driven only through their public
 * endpoints with real Keycloak tokens, as the municipality, the consultant, the jobcoach, the account manager, the
 * employer and the analyst would. Each step asserts what the next user sees. Months later is the same platform
 * restarted with its clock moved on ({@code opstap.clock.offset}), so SROI months settle, aftercare ends and
 * sustainable outflow becomes measurable without waiting.
 */
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneyTest {

    private static final Period LATER = Period.ofMonths(8);
    private static final int HOURS = 24;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningPlatform platform;

    private static final LocalDate TODAY = AmsterdamDay.todayWithRoom(Duration.ofMinutes(15));
    private static final String BSN = PersonalTestData.bsn();
    private static final String GIVEN_NAMES = PersonalTestData.remember("given names", "Yasmina Noor");
    private static final String FAMILY_NAME = PersonalTestData.remember("family name", "Oudenhoven-Tahiri");
    private static final String BIRTH_DATE = PersonalTestData.remember("birth date", "1988-03-17");
    private static final String PHONE = PersonalTestData.remember("phone", "+31687654321");
    private static final String EMAIL = PersonalTestData.remember("email", "y.oudenhoven@example.nl");

    private static String programmeId;
    private static String referralId;
    private static String clientId;
    private static String trajectoryId;
    private static String employerId;
    private static String contractId;
    private static String vacancyId;
    private static String proposalId;
    private static String placementId;

    @BeforeAll
    static void startThePlatform() {
        platform = RunningPlatform.start();
    }

    @AfterAll
    static void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void anAdministratorPublishesAProgramme() {
        programmeId = Catalogue.programme(true, 3);
        as("uw-consultant").get(TRAJECTORY.url() + "/programmes/" + programmeId)
                .then().statusCode(200).body("definition.aftercareMonths", equalTo(3));
    }

    @Test
    @Order(2)
    void theMunicipalityRefersAClient() {
        var referral = asClient("gemeente-utrecht").body(Map.of(
                        "municipalityReference", "JOURNEY-" + UUID.randomUUID(),
                        "bsn", BSN,
                        "name", Map.of("givenNames", GIVEN_NAMES, "familyName", FAMILY_NAME),
                        "dateOfBirth", BIRTH_DATE,
                        "contact", Map.of("phone", PHONE, "email", EMAIL, "postcode", "3511 AB"),
                        "targetGroup", "PARTICIPATIEWET",
                        "benefitSituation", "RETAINED_BENEFIT",
                        "question", "Wil graag buiten aan het werk, in de groenvoorziening"))
                .post(INTAKE.url() + "/referrals")
                .then().statusCode(201).body("status", equalTo("RECEIVED")).body("municipalityCode", equalTo("GM0344"))
                .extract();
        referralId = referral.path("id");
        clientId = referral.path("clientId");
    }

    @Test
    @Order(3)
    void aConsultantRecordsTheIntakeSeesTheProgrammeFitAndAdmits() {
        Catalogue.recordInstruments(clientId, TODAY, HOURS);
        // intake-service learns the programme from its event.
        eventually(() -> as("uw-consultant").get(INTAKE.url() + "/clients/" + clientId + "/programme-fit")
                .then().statusCode(200)
                .body("find { it.programmeId == '" + programmeId + "' }.verdict", equalTo("FITS")));

        as("uw-consultant").body(Map.of("programmeId", programmeId, "note", "Past goed; wil buiten werken"))
                .post(INTAKE.url() + "/clients/" + clientId + "/admission")
                .then().statusCode(200).body("status", equalTo("ADMITTED")).body("programmeId", equalTo(programmeId));
    }

    @Test
    @Order(4)
    void theTrajectoryStartsItsPlanIsSignedAndAReviewHeld() {
        trajectoryId = eventually(() -> as("uw-consultant").queryParam("clientId", clientId).get(TRAJECTORY.url() + "/trajectories")
                .then().statusCode(200).body("items", not(empty()))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].programmeId", equalTo(programmeId))
                .body("items[0].startedOn", equalTo(TODAY.toString()))
                .extract().path("items[0].id"));
        String trajectory = TRAJECTORY.url() + "/trajectories/" + trajectoryId;

        as("uw-consultant").body(Map.of("coach", "uw-jobcoach")).put(trajectory + "/coach")
                .then().statusCode(200).body("coach", equalTo("uw-jobcoach"));
        String goalId = as("uw-jobcoach").body(Map.of("priority", "LABOUR_MARKET_CHANCES", "goals", List.of(
                        goal("DEVELOPMENT", "Zes uur per dag volhouden", "4 weken, 3 dagen per week", TODAY.plusWeeks(8)),
                        goal("LABOUR_MARKET_CHANCES", "VCA-certificaat op zak en CV klaar", "CV besproken", TODAY.plusWeeks(3)))))
                .put(trajectory + "/plan")
                .then().statusCode(200).body("planVersion", equalTo(1)).body("signed", equalTo(false))
                .extract().path("goals[0].id");
        as("uw-jobcoach").body(Map.of("signer", "CLIENT", "method", "IN_PERSON_WITH_COACH"))
                .post(trajectory + "/plan/signatures").then().statusCode(200).body("signed", equalTo(false));
        as("uw-jobcoach").body(Map.of("signer", "COACH")).post(trajectory + "/plan/signatures")
                .then().statusCode(200).body("signed", equalTo(true));

        as("uw-jobcoach").body(Map.of("heldOn", TODAY.toString(),
                        "participants", List.of(Map.of("role", "CLIENT", "name", "client"), Map.of("role", "COACH", "name", "uw-jobcoach")),
                        "goalProgress", List.of(Map.of("goalId", goalId, "note", "Eerste weken gaan goed")),
                        "decision", "CONTINUE"))
                .post(trajectory + "/reviews")
                .then().statusCode(201).body("decision", equalTo("CONTINUE")).body("nextReviewOn", notNullValue());
        // The jobcoach's caseload shows the trajectory.
        as("uw-jobcoach").get(trajectory).then().statusCode(200).body("coach", equalTo("uw-jobcoach"));

        // matching-service has the client in its pool, pseudonymous: no name, no BSN.
        eventually(() -> as("uw-account-manager").get(MATCHING.url() + "/candidates/" + clientId)
                .then().statusCode(200).body("poolStatus", equalTo("AVAILABLE")).body("hoursPerWeek", equalTo(HOURS)));
        String candidate = as("uw-account-manager").get(MATCHING.url() + "/candidates/" + clientId).asString();
        assertFalse(candidate.contains(FAMILY_NAME) || candidate.contains(BSN), "the candidate profile is pseudonymous");
    }

    @Test
    @Order(5)
    void anEmployerWithAnSroiContractPublishesAVacancy() {
        employerId = Catalogue.employer();
        contractId = Catalogue.signedContract(employerId, TODAY.withDayOfYear(1), TODAY.plusYears(1).withMonth(12).withDayOfMonth(31));
        vacancyId = Catalogue.publishedVacancy(employerId, 1, TODAY);
        as("uw-account-manager").get(EMPLOYER.url() + "/vacancies/" + vacancyId)
                .then().statusCode(200).body("employerId", equalTo(employerId)).body("details.workType", equalTo("groenvoorziening"));
    }

    @Test
    @Order(6)
    void matchingRanksTheClientForTheVacancyAndExplainsWhy() {
        String match = "matches.find { it.id == '" + clientId + "' }";
        eventually(() -> as("uw-account-manager").queryParam("limit", 100).get(MATCHING.url() + "/vacancies/" + vacancyId + "/candidates")
                .then().statusCode(200)
                .body(match, notNullValue())
                .body(match + ".passed", containsInAnyOrder("HOURS", "TRAVEL", "PHYSICAL_DEMANDS", "REQUIRED_CERTIFICATES",
                        "WAGE_VALUE", "AVAILABILITY"))
                .body(match + ".failed", empty())
                .body(match + ".gaps", empty())
                .body(match + ".criteria.WORK_TYPE", equalTo(1000))
                .body(match + ".score", greaterThan(800)));
        // The other direction, as the jobcoach asks it: the vacancy is among the client's best.
        as("uw-jobcoach").get(MATCHING.url() + "/candidates/" + clientId + "/vacancies")
                .then().statusCode(200).body("matches.id", hasItem(vacancyId));
    }

    @Test
    @Order(7)
    void theClientConsentsTriesTheJobAndIsPlaced() {
        String proposals = MATCHING.url() + "/proposals";
        proposalId = as("uw-account-manager").body(Map.of("vacancyId", vacancyId, "clientId", clientId, "note", "Sterke kandidaat"))
                .post(proposals).then().statusCode(201).body("stage", equalTo("PROPOSED")).extract().path("id");

        // The employer sees an anonymous profile and says it is interested.
        String employer = Tokens.employer("uw", UUID.fromString(employerId));
        String seenByEmployer = given().auth().oauth2(employer).contentType(ContentType.JSON)
                .post(MATCHING.url() + "/employer/proposals/" + proposalId + "/interest")
                .then().statusCode(200).body("stage", equalTo("INTERESTED")).body("identityShared", equalTo(false))
                .body("candidate.hoursPerWeek", equalTo(HOURS))
                .extract().asString();
        assertFalse(seenByEmployer.contains(FAMILY_NAME) || seenByEmployer.contains(GIVEN_NAMES), "anonymous before consent");
        given().auth().oauth2(employer).get(INTAKE.url() + "/shared-identities/" + proposalId).then().statusCode(404);

        // With the client's consent, the employer learns the name (from intake, the only holder of it).
        as("uw-jobcoach").body(Map.of("consentedOn", TODAY.toString())).post(proposals + "/" + proposalId + "/consent")
                .then().statusCode(200).body("consent.recordedBy", equalTo("uw-jobcoach"));
        eventually(() -> given().auth().oauth2(employer).get(INTAKE.url() + "/shared-identities/" + proposalId)
                .then().statusCode(200).body("givenNames", equalTo(GIVEN_NAMES)).body("familyName", equalTo(FAMILY_NAME)));

        as("uw-account-manager").body(Map.of("startsOn", TODAY.toString(), "plannedEndOn", TODAY.plusWeeks(2).toString()))
                .post(proposals + "/" + proposalId + "/trial-placement")
                .then().statusCode(200).body("stage", equalTo("TRIAL_PLACEMENT"));
        as("uw-account-manager").body(Map.of("outcome", "HIRE", "evaluatedOn", TODAY.toString(), "evaluation", "Werkritme goed"))
                .post(proposals + "/" + proposalId + "/trial-placement/evaluation")
                .then().statusCode(200);
        placementId = as("uw-account-manager").body(Map.of("contractType", "PERMANENT", "hoursPerWeek", HOURS, "startsOn", TODAY.toString()))
                .post(proposals + "/" + proposalId + "/placement")
                .then().statusCode(200).body("stage", equalTo("PLACED")).body("placement.startsOn", equalTo(TODAY.toString()))
                .extract().path("placement.placementId");
    }

    @Test
    @Order(8)
    void theTrajectoryEndsInWorkAndMovesToAftercare() {
        eventually(() -> as("uw-jobcoach").get(TRAJECTORY.url() + "/trajectories/" + trajectoryId)
                .then().statusCode(200)
                .body("status", equalTo("IN_AFTERCARE"))
                .body("outcome", equalTo("REGULAR_WORK_PART_TIME"))
                .body("placedOn", equalTo(TODAY.toString()))
                .body("aftercareEndsOn", equalTo(TODAY.plusMonths(3).toString())));
        // The municipality sees its referral ended in work; the pool no longer offers the client.
        eventually(() -> asClient("gemeente-utrecht").get(INTAKE.url() + "/referrals/" + referralId)
                .then().statusCode(200).body("status", equalTo("TRAJECTORY_ENDED")));
        eventually(() -> as("uw-account-manager").get(MATCHING.url() + "/candidates/" + clientId)
                .then().statusCode(200).body("poolStatus", equalTo("PLACED")));

        // The analyst sees the intake and the outflow now; whether it lasts cannot be measured yet.
        String year = String.valueOf(TODAY.getYear());
        eventually(() -> kpi("funnel", year).body("referrals", equalTo(1)).body("admitted", equalTo(1)).body("started", equalTo(1)));
        eventually(() -> kpi("outflow", year).body("intake", equalTo(1)).body("ended", equalTo(1))
                .body("leaversToWork.count", equalTo(1)).body("partTime.count", equalTo(1)));
        kpi("sustainable-outflow", year).body("leaversToWork", equalTo(1)).body("noBenefitWithin6Months.of", equalTo(0));
        // The placement month has not settled: nothing is credited on the SROI contract yet.
        ledger().body("entries.totalItems", equalTo(0));
    }

    @Test
    @Order(9)
    void monthsLaterAftercareHasEndedTheSroiMonthsAreCreditedAndTheOutflowLasted() {
        platform.restartLater(LATER);
        LocalDate later = TODAY.plus(LATER);

        eventually(() -> as("uw-jobcoach").get(TRAJECTORY.url() + "/trajectories/" + trajectoryId)
                .then().statusCode(200).body("status", equalTo("CLOSED")));

        List<String> months = new ArrayList<>();
        List<Integer> amounts = new ArrayList<>();
        Catalogue.creditedMonths(TODAY, HOURS, later).forEach((month, cents) -> {
            months.add(month.toString());
            amounts.add(cents.intValue());
        });
        assertTrue(months.size() >= 6, "eight months on, at least six have settled: " + months);
        eventually(() -> ledger()
                .body("entries.items.period", equalTo(months))
                .body("entries.items.amountCents", equalTo(amounts))
                .body("entries.items.placementId", everyItemIs(placementId, months.size())));
        long realised = amounts.stream().mapToLong(Integer::longValue).sum();
        System.out.printf("Journey: %d SROI months credited (%s to %s), %d cents%n", months.size(), months.get(0),
                months.get(months.size() - 1), realised);
        ledger().body("realisedCents", equalTo((int) realised)).body("remainingCents", equalTo((int) (Catalogue.CONTRACT_SUM_CENTS * Catalogue.SROI_PERCENTAGE / 100 - realised)));

        String year = String.valueOf(TODAY.getYear());
        long realisedInYear = 0;
        for (int i = 0; i < months.size(); i++) {
            realisedInYear += months.get(i).startsWith(year) ? amounts.get(i) : 0;
        }
        long expectedInYear = realisedInYear;
        eventually(() -> analyst().queryParam("period", year).get(REPORTING.url() + "/kpis/sroi")
                .then().statusCode(200)
                .body("lines.find { it.contractId == '" + contractId + "' }.realisedCents", equalTo((int) expectedInYear)));
        eventually(() -> kpi("sustainable-outflow", year).body("leaversToWork", equalTo(1))
                .body("noBenefitWithin6Months.count", equalTo(1)).body("noBenefitWithin6Months.of", equalTo(1)));
        eventually(() -> kpi("aftercare", String.valueOf(TODAY.plusMonths(3).getYear()))
                .body("completedStillEmployed.count", equalTo(1)).body("completedStillEmployed.of", equalTo(1)));
    }

    @Test
    @Order(10)
    void theMunicipalityReportsTheBenefitResumedAndSustainableOutflowDrops() {
        String resumedOn = TODAY.plusMonths(2).toString();
        asClient("gemeente-utrecht").body(Map.of("bsn", BSN, "resumedOn", resumedOn))
                .post(INTAKE.url() + "/referrals/benefit-resumptions")
                .then().statusCode(202);
        String year = String.valueOf(TODAY.getYear());
        eventually(() -> kpi("sustainable-outflow", year).body("leaversToWork", equalTo(1))
                .body("noBenefitWithin6Months.count", equalTo(0)).body("noBenefitWithin6Months.of", equalTo(1)));
    }

    @Test
    @Order(11)
    void theBiStreamCarriesTheJourneyUnderAPseudonymOnly() {
        Set<String> expected = Set.of("REFERRED", "ADMITTED", "TRAJECTORY_STARTED", "PLACED", "TRAJECTORY_ENDED", "AFTERCARE_ENDED",
                "BENEFIT_RESUMED");
        eventually(() -> {
            List<JsonNode> records = new ArrayList<>();
            for (String value : TopicProbe.readAll(Topics.ANALYTICS)) {
                records.add(JSON.readTree(value));
            }
            String pseudonym = records.stream()
                    .filter(r -> "ADMITTED".equals(r.path("data").path("step").asText())
                            && programmeId.equals(r.path("data").path("programmeId").asText()))
                    .map(r -> r.path("subject").asText()).findFirst().orElseThrow(() -> new AssertionError("no ADMITTED fact yet"));
            Set<String> steps = new HashSet<>();
            for (JsonNode record : records) {
                if (!pseudonym.equals(record.path("subject").asText())) {
                    continue;
                }
                steps.add(record.path("data").path("step").asText());
                String text = record.toString();
                for (String personal : List.of(BSN, GIVEN_NAMES, FAMILY_NAME, BIRTH_DATE, PHONE, EMAIL, clientId, trajectoryId, placementId)) {
                    assertFalse(text.contains(personal), "a BI record of the journey holds an identifying value: " + record.path("data").path("step"));
                }
            }
            assertEquals(expected, steps);
            assertFalse(pseudonym.equals(clientId));
            return null;
        });
    }

    @Test
    @Order(12)
    void theClientAsksForEverythingHeldThenToBeErasedAndEveryFigureStays() {
        String requests = INTAKE.url() + "/data-subject-requests";
        String exportId = as("uw-admin").body(Map.of("clientId", clientId, "right", "EXPORT")).post(requests)
                .then().statusCode(201).extract().path("id");
        eventually(() -> as("uw-admin").get(requests + "/" + exportId).then().statusCode(200).body("status", equalTo("COMPLETED")));
        // One document from all five services, each part as that service holds it.
        as("uw-admin").get(requests + "/" + exportId + "/document").then().statusCode(200)
                .body("services.intake-service.client[0].bsn", equalTo(BSN))
                .body("services.intake-service.client[0].familyName", equalTo(FAMILY_NAME))
                .body("services.trajectory-service.trajectories[0].id", equalTo(trajectoryId))
                .body("services.trajectory-service.reviews.size()", greaterThan(0))
                .body("services.matching-service.proposals[0].id", equalTo(proposalId))
                .body("services.employer-service.placements[0].placement_id", equalTo(placementId))
                .body("services.reporting-service.placement[0].placement_id", equalTo(placementId))
                .body("services.trajectory-service.processing-log.actor", hasItem("uw-jobcoach"));

        String year = String.valueOf(TODAY.getYear());
        List<String> tables = List.of("funnel", "outflow", "sustainable-outflow", "aftercare", "sroi");
        List<String> before = tables.stream().map(table -> Calls.kpi(table, year, programmeId).asString()).toList();

        String erasureId = as("uw-admin").body(Map.of("clientId", clientId, "right", "ERASURE")).post(requests)
                .then().statusCode(201).extract().path("id");
        eventually(() -> as("uw-admin").get(requests + "/" + erasureId).then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("services.done", everyItemIs(true, 5)));
        System.out.println("Journey: erasure answered by " + as("uw-admin").get(requests + "/" + erasureId).path("services.service")
                + " with " + as("uw-admin").get(requests + "/" + erasureId).path("services.records") + " records");

        // The person is gone everywhere; what was written about them is gone; the figures are the same.
        as("uw-consultant").get(INTAKE.url() + "/clients/" + clientId).then().statusCode(404);
        as("uw-account-manager").get(MATCHING.url() + "/candidates/" + clientId).then().statusCode(404);
        as("uw-jobcoach").get(TRAJECTORY.url() + "/trajectories/" + trajectoryId + "/plan").then().statusCode(200)
                .body("goals.description", everyItem(equalTo("erased"))).body("goals.description", not(empty()));
        as("uw-jobcoach").get(TRAJECTORY.url() + "/trajectories/" + trajectoryId).then().statusCode(200).body("status", equalTo("CLOSED"));
        List<String> after = tables.stream().map(table -> Calls.kpi(table, year, programmeId).asString()).toList();
        assertEquals(before, after);
    }

    // --- how the users call the platform



    private static RequestSpecification analyst() {
        return as("uw-analyst");
    }

    private static ValidatableResponse kpi(String table, String period) {
        return Calls.kpi(table, period, programmeId).then();
    }

    private static ValidatableResponse ledger() {
        return as("uw-account-manager").queryParam("size", 50).get(EMPLOYER.url() + "/sroi/contracts/" + contractId + "/ledger")
                .then().statusCode(200);
    }


    private static <T> Matcher<List<T>> everyItemIs(T value, int size) {
        return equalTo(Collections.nCopies(size, value));
    }



    private static Map<String, Object> goal(String category, String description, String target, LocalDate dueOn) {
        return Map.of("category", category, "description", description, "measurableTarget", target, "dueOn", dueOn.toString());
    }
}
