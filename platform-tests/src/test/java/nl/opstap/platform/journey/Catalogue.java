package nl.opstap.platform.journey;

import static nl.opstap.platform.journey.Calls.as;
import static nl.opstap.platform.journey.RunningPlatform.Service.EMPLOYER;
import static nl.opstap.platform.journey.RunningPlatform.Service.INTAKE;
import static nl.opstap.platform.journey.RunningPlatform.Service.TRAJECTORY;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What an organisation has in place before clients can travel: a programme (published by the administrator), and an
 * employer with a signed SROI contract under its own ruleset and a published vacancy (by the account manager). Each
 * call makes new ones, so a test counts only its own.
 */
final class Catalogue {

    /** The ruleset's Participatiewet credit a year, its full-time week and the settlement days of employer-service. */
    static final long ANNUAL_CENTS = 4_000_000;
    static final int FULL_TIME_HOURS = 36;
    static final long CONTRACT_SUM_CENTS = 100_000_000;
    static final int SROI_PERCENTAGE = 5;
    private static final int SETTLEMENT_DAYS = 7;

    private Catalogue() {
    }

    /** A programme for Participatiewet clients; {@code criteria} decides whether the instruments must fit. */
    static String programme(boolean criteria, int aftercareMonths) {
        List<Map<String, Object>> inclusion = criteria
                ? List.of(criterion("ladder-3-6", "Participatieladder trede 3 t/m 6", "PARTICIPATION_LADDER_STEP", "BETWEEN", "3", "6"),
                        criterion("motivated", "Motivatie minstens 3", "MOTIVATION", "AT_LEAST", "3"))
                : List.of();
        List<Map<String, Object>> exclusion = criteria
                ? List.of(criterion("in-depth-diagnosis", "Eerst verdiepende diagnose", "IN_DEPTH_DIAGNOSIS_NEEDED", "IS_TRUE"))
                : List.of();
        return as("uw-admin").body(Map.ofEntries(
                        Map.entry("name", "Werkfit groen (" + UUID.randomUUID() + ")"),
                        Map.entry("targetGroups", List.of("PARTICIPATIEWET")),
                        Map.entry("inclusionCriteria", inclusion), Map.entry("exclusionCriteria", exclusion),
                        Map.entry("phases", List.of("preparation", "work-experience", "outflow")),
                        Map.entry("minDurationMonths", 1), Map.entry("maxDurationMonths", 6),
                        Map.entry("maxExtensions", 0), Map.entry("maxExtensionMonths", 0), Map.entry("extensionTotalCapMonths", 0),
                        Map.entry("extensionReasons", List.of()), Map.entry("extensionNeedsSecondApproval", false),
                        Map.entry("atMaximumDuration", "FLAG"),
                        Map.entry("reviewSchedule", List.of(Map.of("afterWeeks", 4, "goNoGo", false))),
                        Map.entry("reviewEveryWeeks", 6), Map.entry("aftercareMonths", aftercareMonths),
                        Map.entry("financialArrangement", "RETAINED_BENEFIT"), Map.entry("plannedCostEur", 4500),
                        Map.entry("priceUnit", "PER_TRAJECTORY")))
                .post(TRAJECTORY.url() + "/programmes")
                .then().statusCode(201).body("version", equalTo(1))
                .extract().path("programmeId");
    }

    static String employer() {
        return as("uw-account-manager").body(Map.of("name", "Hoveniersbedrijf " + UUID.randomUUID().toString().substring(0, 8),
                        "kvkNumber", String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000)),
                        "postcodeArea", "3526", "sector", "groenvoorziening", "sbiCode", "8130", "locations", List.of("3526 KA")))
                .post(EMPLOYER.url() + "/employers")
                .then().statusCode(201).extract().path("id");
    }

    /** A new ruleset (its own code, version 1), then a contract under it for {@code employerId}, signed; its id. */
    static String signedContract(String employerId, LocalDate startsOn, LocalDate endsOn) {
        String ruleset = "JOURNEY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        as("uw-admin").body(Map.of("code", ruleset, "region", "Utrecht", "definition", Map.of(
                        "fullTimeHoursPerWeek", FULL_TIME_HOURS,
                        "employment", List.of(Map.of("targetGroup", "PARTICIPATIEWET", "annualCents", ANNUAL_CENTS, "maxMonths", 24)),
                        "aged55BonusAnnualCents", 1_000_000, "lastingJobAfterMonths", 12, "lastingJobWeightPercent", 150,
                        "socialEnterprisePurchasePercent", 100, "workExperiencePlaceMonthCents", 150_000, "trainingCourseCents", 250_000)))
                .post(EMPLOYER.url() + "/sroi/rulesets")
                .then().statusCode(201).body("version", equalTo(1));
        String contractId = as("uw-account-manager").body(Map.of("contractorEmployerId", employerId,
                        "contractingAuthority", "Gemeente Utrecht", "tenderReference", "UTR-J-" + UUID.randomUUID(),
                        "contractSumCents", CONTRACT_SUM_CENTS, "sroiPercentage", SROI_PERCENTAGE,
                        "startsOn", startsOn.toString(), "endsOn", endsOn.toString(), "rulesetCode", ruleset))
                .post(EMPLOYER.url() + "/sroi/contracts")
                .then().statusCode(201).body("status", equalTo("DRAFT"))
                .body("obligationCents", equalTo((int) (CONTRACT_SUM_CENTS * SROI_PERCENTAGE / 100)))
                .extract().path("id");
        as("uw-account-manager").post(EMPLOYER.url() + "/sroi/contracts/" + contractId + "/sign")
                .then().statusCode(200).body("status", equalTo("SIGNED"));
        return contractId;
    }

    /** A published job in green maintenance, 16-32 hours, VCA required, for the demo client profile. */
    static String publishedVacancy(String employerId, int openings, LocalDate today) {
        Map<String, Object> vacancy = new LinkedHashMap<>();
        vacancy.put("kind", "JOB");
        vacancy.put("title", "Medewerker groenonderhoud");
        vacancy.put("occupationIsco", "9214");
        vacancy.put("workType", "groenvoorziening");
        vacancy.put("hoursPerWeekMin", 16);
        vacancy.put("hoursPerWeekMax", 32);
        vacancy.put("postcode", "3526 KA");
        vacancy.put("openings", openings);
        vacancy.put("requiredCompetences", Map.of("motivation", 3, "workSkills", 2));
        vacancy.put("requiredCertificates", List.of("VCA-basis"));
        vacancy.put("wishedCertificates", List.of("Trekkerrijbewijs"));
        vacancy.put("physicalDemands", List.of("NO_HEAVY_LIFTING"));
        vacancy.put("minWageValuePercent", 50);
        vacancy.put("wageCostSubsidyPossible", true);
        vacancy.put("riasecCode", "RC");
        vacancy.put("sroiEligible", true);
        vacancy.put("additionalityStatement", "De plek komt bovenop de vaste formatie; er vervalt geen betaalde functie.");
        String vacancyId = as("uw-account-manager").body(Map.of("employerId", employerId, "vacancy", vacancy))
                .post(EMPLOYER.url() + "/vacancies")
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        as("uw-account-manager").post(EMPLOYER.url() + "/vacancies/" + vacancyId + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedOn", equalTo(today.toString()));
        return vacancyId;
    }

    /**
     * What the consultant records at intake for a client who fits the programme and the vacancy above: ladder, wage
     * value, competences, interests, work preferences ({@code hours} a week near Utrecht), limits, certificates and no
     * need for further diagnosis.
     */
    static void recordInstruments(String clientId, LocalDate today, int hours) {
        String on = today.toString();
        List<Map<String, Object>> assessments = List.of(
                Map.of("instrument", "PARTICIPATION_LADDER", "assessedOn", on, "step", 4),
                Map.of("instrument", "WAGE_VALUE", "assessedOn", on, "percent", 60),
                Map.of("instrument", "COMPETENCES", "assessedOn", on, "socialSkills", 3, "motivation", 4, "workSkills", 3,
                        "learningAttitude", 4),
                Map.of("instrument", "RIASEC", "assessedOn", on, "scores", Map.of("R", 80, "I", 20, "A", 10, "S", 40, "E", 30, "C", 60)),
                Map.of("instrument", "WORK_PREFERENCES", "assessedOn", on, "workTypes", List.of("groenvoorziening"),
                        "hoursPerWeek", hours, "postcode", "3526 KL", "maxTravelMinutes", 30),
                Map.of("instrument", "PHYSICAL_LIMITS", "assessedOn", on, "limits", List.of("NO_NIGHT_SHIFTS")),
                Map.of("instrument", "CERTIFICATES", "assessedOn", on, "certificates", List.of("VCA-basis", "Trekkerrijbewijs")),
                Map.of("instrument", "IN_DEPTH_DIAGNOSIS", "assessedOn", on, "needed", false));
        for (Map<String, Object> assessment : assessments) {
            as("uw-consultant").body(assessment).post(INTAKE.url() + "/clients/" + clientId + "/assessments")
                    .then().statusCode(201).body("instrument", equalTo(assessment.get("instrument")));
        }
    }

    /**
     * The months the ledger credits for a placement of {@code hours} a week from {@code start}, by the ruleset above: a
     * month is credited once it ended more than the settlement days before {@code today}, pro rata by days.
     */
    static Map<YearMonth, Long> creditedMonths(LocalDate start, int hours, LocalDate today) {
        Map<YearMonth, Long> credited = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(start); month.atEndOfMonth().isBefore(today.minusDays(SETTLEMENT_DAYS));
                month = month.plusMonths(1)) {
            LocalDate from = month.equals(YearMonth.from(start)) ? start : month.atDay(1);
            long days = month.atEndOfMonth().toEpochDay() - from.toEpochDay() + 1;
            credited.put(month, ANNUAL_CENTS * hours * days / (12L * FULL_TIME_HOURS * month.lengthOfMonth()));
        }
        return credited;
    }

    private static Map<String, Object> criterion(String code, String description, String attribute, String operator, String... values) {
        return Map.of("code", code, "description", description, "attribute", attribute, "operator", operator, "values", List.of(values));
    }
}
