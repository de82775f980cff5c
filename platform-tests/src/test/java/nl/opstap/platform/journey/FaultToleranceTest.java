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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.opstap.events.Topics;
import nl.opstap.platform.journey.RunningPlatform.Service;
import nl.opstap.support.testing.LocalInfra;
import nl.opstap.support.testing.PersonalTestData;
import nl.opstap.support.testing.Tokens;
import nl.opstap.support.testing.TopicWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue #11, faults: streams of journeys (referral, admission, trajectory, proposal, interest, consent, placement) run
 * while services are killed with SIGKILL one after another, while the Kafka broker stops and starts, and while
 * PostgreSQL crashes. The drivers behave like real clients: they retry what failed and check, on a conflict, whether
 * their earlier attempt went through. Afterwards every journey has exactly one trajectory, one placement and one SROI
 * credit series, and reporting counts each journey exactly once, also after a replay of its projection.
 */
@Order(2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceTest {

    private static final LocalDate TODAY = AmsterdamDay.todayWithRoom(Duration.ofMinutes(15));
    private static final Period LATER = Period.ofMonths(3);
    private static final int HOURS = 20;
    private static final int DRIVERS = 2;
    /** A client retries a failing step this long: a restarting service, a rebalancing consumer group. */
    private static final Duration STEP_PATIENCE = Duration.ofMinutes(4);

    private static final String GIVEN_NAMES = PersonalTestData.remember("given names", "Pimke-Fout");
    private static final String FAMILY_NAME = PersonalTestData.remember("family name", "Storingsma");
    private static final String BIRTH_DATE = PersonalTestData.remember("birth date", "1987-06-23");

    private static RunningPlatform platform;
    private static String programmeId;
    private static String employerId;
    private static String contractId;
    private static String vacancyId;
    private static String employerToken;

    /** The topics each service consumes (its application.properties), each of which gets a poison message. */
    private static final Map<Service, List<String>> CONSUMED_TOPICS = new LinkedHashMap<>();

    static {
        CONSUMED_TOPICS.put(INTAKE, List.of(Topics.TRAJECTORY_PROGRAMME, Topics.TRAJECTORY_TRAJECTORY, Topics.MATCHING_PLACEMENT));
        CONSUMED_TOPICS.put(TRAJECTORY, List.of(Topics.INTAKE_CLIENT, Topics.MATCHING_PLACEMENT));
        CONSUMED_TOPICS.put(MATCHING, List.of(Topics.INTAKE_CLIENT, Topics.TRAJECTORY_TRAJECTORY, Topics.MATCHING_PLACEMENT,
                Topics.EMPLOYER_VACANCY));
        CONSUMED_TOPICS.put(EMPLOYER, List.of(Topics.MATCHING_PLACEMENT));
        CONSUMED_TOPICS.put(REPORTING, List.of(Topics.INTAKE_CLIENT, Topics.TRAJECTORY_PROGRAMME, Topics.TRAJECTORY_TRAJECTORY,
                Topics.MATCHING_PLACEMENT, Topics.EMPLOYER_SROI));
    }

    private static final List<Journey> JOURNEYS = Collections.synchronizedList(new ArrayList<>());
    private static final AtomicInteger FAULTS = new AtomicInteger();
    /** Journeys the last full check found complete exactly once. */
    private static final AtomicInteger VERIFIED = new AtomicInteger();
    private static final Map<String, Long> SUITE_SECONDS = new LinkedHashMap<>();
    private static final Map<String, Integer> SUITE_JOURNEYS = new LinkedHashMap<>();

    /** What one client's journey left: the ids to check afterwards. */
    record Journey(String referralId, String clientId, String proposalId, String placementId) {
    }

    @BeforeAll
    static void startThePlatformAndTheCatalogue() {
        platform = RunningPlatform.start();
        programmeId = Catalogue.programme(false, 3);
        employerId = Catalogue.employer();
        contractId = Catalogue.signedContract(employerId, TODAY.withDayOfYear(1), TODAY.plusYears(1).withMonth(12).withDayOfMonth(31));
        vacancyId = Catalogue.publishedVacancy(employerId, 500, TODAY);
        employerToken = Tokens.employer("uw", UUID.fromString(employerId));
        eventually(() -> as("uw-account-manager").get(MATCHING.url() + "/vacancies/" + vacancyId).then().statusCode(200));
    }

    @AfterAll
    static void reportAndStop() {
        if (platform != null) {
            platform.close();
        }
        System.out.printf("Fault suites: %d journeys run, %d faults injected; %d journeys checked complete with nothing lost and "
                + "nothing applied twice%n", JOURNEYS.size(), FAULTS.get(), VERIFIED.get());
        SUITE_SECONDS.forEach((suite, seconds) -> System.out.printf("  %-40s %3d journeys  %4d s%n", suite,
                SUITE_JOURNEYS.getOrDefault(suite, 0), seconds));
    }

    @Test
    @Order(1)
    void killingEachServiceInTurnLosesAndDoublesNothing() {
        suite("kill -9 each service in turn", () -> {
            for (Service service : Service.values()) {
                RunningPlatform.sleep(Duration.ofSeconds(8));
                platform.kill(service);
                FAULTS.incrementAndGet();
                platform.start(service);
            }
        });
    }

    @Test
    @Order(2)
    void stoppingTheBrokerMidStreamLosesAndDoublesNothing() {
        suite("Kafka broker stopped and started", () -> {
            RunningPlatform.sleep(Duration.ofSeconds(8));
            LocalInfra.kafkaStop();
            FAULTS.incrementAndGet();
            RunningPlatform.sleep(Duration.ofSeconds(15));
            LocalInfra.kafkaStart();
            RunningPlatform.sleep(Duration.ofSeconds(10));
        });
    }

    @Test
    @Order(3)
    void aDatabaseCrashIsAnsweredCleanlyAndCaughtUpAfterwards() {
        long start = System.nanoTime();
        LocalInfra.postgresCrash();
        FAULTS.incrementAndGet();
        try {
            // Every service answers at once with a 503 problem, and says it is not ready; none hangs.
            Map<Service, String> reads = Map.of(INTAKE, "/referrals", TRAJECTORY, "/trajectories", MATCHING, "/proposals",
                    EMPLOYER, "/employers", REPORTING, "/kpis/funnel");
            Map<Service, String> users = Map.of(INTAKE, "uw-consultant", TRAJECTORY, "uw-consultant", MATCHING, "uw-account-manager",
                    EMPLOYER, "uw-account-manager", REPORTING, "uw-analyst");
            for (Service service : Service.values()) {
                long asked = System.nanoTime();
                given().auth().oauth2(Tokens.user(users.get(service))).get(service.url() + reads.get(service))
                        .then().statusCode(503).contentType(startsWith("application/problem+json"))
                        .body("type", equalTo("https://opstap.nl/problems/unavailable"));
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
                assertTrue(millis < 10_000, service + " took " + millis + " ms to say it is unavailable");
                eventually(Duration.ofSeconds(30), () -> given().get(service.url() + "/q/health/ready").then().statusCode(503));
            }
        } finally {
            LocalInfra.postgresStart();
        }
        for (Service service : Service.values()) {
            eventually(() -> given().get(service.url() + "/q/health/ready").then().statusCode(200));
        }
        List<Journey> after = List.of(runJourney(), runJourney());
        JOURNEYS.addAll(after);
        assertEveryJourneyCompletedOnce();
        SUITE_SECONDS.put("PostgreSQL crashed (pg_ctl -m immediate)", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
        SUITE_JOURNEYS.put("PostgreSQL crashed (pg_ctl -m immediate)", after.size());
    }

    @Test
    @Order(4)
    void aPoisonMessageOnEveryTopicIsDeadLetteredProcessingGoesOnAndRedriveAppliesNothingTwice() {
        long start = System.nanoTime();
        Map<String, String> poisonByTopic = new LinkedHashMap<>();
        for (String topic : CONSUMED_TOPICS.values().stream().flatMap(List::stream).distinct().toList()) {
            String eventId = UUID.randomUUID().toString();
            // Not JSON at all, but with the headers the outbox writes, so the organisation's administrator sees it.
            TopicWriter.send(topic, UUID.randomUUID().toString(), "{\"id\":\"" + eventId + "\",\"data\":{truncated",
                    Map.of("ce_id", eventId, "ce_tenant", "uw", "ce_type", "nl.opstap.poison.v1"));
            poisonByTopic.put(topic, eventId);
            FAULTS.incrementAndGet();
        }
        CONSUMED_TOPICS.forEach((service, topics) -> {
            for (String topic : topics) {
                String eventId = poisonByTopic.get(topic);
                eventually(() -> as("uw-admin").queryParam("eventId", eventId).get(service.url() + "/admin/dead-letters")
                        .then().statusCode(200).body("items[0].sourceTopic", equalTo(topic)));
            }
        });
        // Processing goes on past the poison.
        List<Journey> after = List.of(runJourney(), runJourney());
        JOURNEYS.addAll(after);
        assertEveryJourneyCompletedOnce();

        // The administrator re-drives everything pending. A message still poison fails again into the same dead-letter
        // topic, as often as before and no more (a re-drive is for the service it came from only); nothing valid is
        // applied twice.
        Map<Service, Integer> pendingPoison = new LinkedHashMap<>();
        CONSUMED_TOPICS.forEach((service, topics) -> pendingPoison.put(service,
                poisonPending(service, topics.stream().map(poisonByTopic::get).toList())));
        for (Service service : CONSUMED_TOPICS.keySet()) {
            as("uw-admin").post(service.url() + "/admin/dead-letters/redrive").then().statusCode(200);
        }
        CONSUMED_TOPICS.forEach((service, topics) -> {
            List<String> ids = topics.stream().map(poisonByTopic::get).toList();
            eventually(() -> {
                assertEquals(pendingPoison.get(service), poisonPending(service, ids), service + " after the re-drive");
                return null;
            });
        });
        RunningPlatform.sleep(Duration.ofSeconds(5));
        CONSUMED_TOPICS.forEach((service, topics) -> assertEquals(pendingPoison.get(service),
                poisonPending(service, topics.stream().map(poisonByTopic::get).toList()), service + " a while after the re-drive"));
        assertEveryJourneyCompletedOnce();
        SUITE_SECONDS.put("poison on every consumed topic, re-drive", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
        SUITE_JOURNEYS.put("poison on every consumed topic, re-drive", after.size());
    }

    /** How many of a service's pending dead letters are these poison messages. */
    private static int poisonPending(Service service, List<String> eventIds) {
        int pending = 0;
        for (String eventId : eventIds) {
            pending += as("uw-admin").queryParam("eventId", eventId).get(service.url() + "/admin/dead-letters")
                    .then().statusCode(200).extract().<Integer>path("pending");
        }
        return pending;
    }

    @Test
    @Order(5)
    void monthsLaterEveryPlacementHasExactlyOneSroiCreditSeries() {
        long start = System.nanoTime();
        platform.restartLater(LATER);
        Map<YearMonth, Long> months = Catalogue.creditedMonths(TODAY, HOURS, TODAY.plus(LATER));
        assertTrue(months.size() >= 2, "three months on, at least two have settled: " + months);
        int expectedEntries = JOURNEYS.size() * months.size();
        eventually(() -> as("uw-account-manager").queryParam("size", 1).get(EMPLOYER.url() + "/sroi/contracts/" + contractId + "/ledger")
                .then().statusCode(200).body("entries.totalItems", equalTo(expectedEntries)));
        Map<String, List<String>> periodsByPlacement = new HashMap<>();
        for (int page = 0; page * 200 < expectedEntries; page++) {
            Response ledger = as("uw-account-manager").queryParam("size", 200).queryParam("page", page)
                    .get(EMPLOYER.url() + "/sroi/contracts/" + contractId + "/ledger");
            List<Map<String, Object>> entries = ledger.path("entries.items");
            for (Map<String, Object> entry : entries) {
                periodsByPlacement.computeIfAbsent((String) entry.get("placementId"), p -> new ArrayList<>()).add((String) entry.get("period"));
                assertEquals(months.get(YearMonth.parse((String) entry.get("period"))).intValue(), entry.get("amountCents"));
            }
        }
        List<String> expectedPeriods = months.keySet().stream().map(Object::toString).toList();
        for (Journey journey : JOURNEYS) {
            List<String> periods = periodsByPlacement.getOrDefault(journey.placementId(), List.of());
            assertEquals(expectedPeriods, periods.stream().sorted().toList(), "credits of placement " + journey.placementId());
        }
        assertEquals(JOURNEYS.size(), periodsByPlacement.size(), "no credits for placements outside the journeys");
        // reporting saw every credit once
        eventually(() -> as("uw-analyst").queryParam("period", String.valueOf(TODAY.getYear())).get(REPORTING.url() + "/kpis/sroi")
                .then().statusCode(200)
                .body("lines.find { it.contractId == '" + contractId + "' }.credits",
                        equalTo((int) months.keySet().stream().filter(m -> m.getYear() == TODAY.getYear()).count() * JOURNEYS.size())));
        SUITE_SECONDS.put("three months later: SROI credit series", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
        System.out.printf("SROI: %d placements, %d credits, each month once%n", JOURNEYS.size(), expectedEntries);
    }

    @Test
    @Order(6)
    void aReplayOfTheReportingProjectionEqualsTheLiveFigures() {
        long start = System.nanoTime();
        List<String> tables = List.of("funnel", "outflow", "aftercare", "sroi");
        Map<String, String> live = new LinkedHashMap<>();
        for (String table : tables) {
            live.put(table, kpi(table).asString());
        }
        as("uw-admin").post(REPORTING.url() + "/admin/projection-replay").then().statusCode(202);
        eventually(Duration.ofMinutes(5), () -> as("uw-admin").get(REPORTING.url() + "/admin/projection-replay")
                .then().statusCode(200).body("state", equalTo("DONE")));
        for (String table : tables) {
            assertEquals(live.get(table), kpi(table).asString(), table + " after the replay");
        }
        SUITE_SECONDS.put("reporting replay equals live", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
    }

    // --- the stream of journeys and the checks

    /** Runs journeys on {@link #DRIVERS} threads for as long as the faults take, then checks all journeys so far. */
    private static void suite(String name, Runnable faults) {
        long start = System.nanoTime();
        AtomicBoolean faultsDone = new AtomicBoolean();
        List<Journey> run = Collections.synchronizedList(new ArrayList<>());
        ExecutorService drivers = Executors.newFixedThreadPool(DRIVERS);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < DRIVERS; i++) {
            running.add(drivers.submit(() -> {
                while (!faultsDone.get()) {
                    run.add(runJourney());
                }
            }));
        }
        try {
            faults.run();
        } finally {
            faultsDone.set(true);
        }
        try {
            for (Future<?> driver : running) {
                driver.get(10, TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            throw new AssertionError("a journey could not be completed during '" + name + "'", e);
        } finally {
            drivers.shutdownNow();
        }
        JOURNEYS.addAll(run);
        assertTrue(run.size() >= DRIVERS, "journeys ran during the faults: " + run.size());
        assertEveryJourneyCompletedOnce();
        SUITE_SECONDS.put(name, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
        SUITE_JOURNEYS.put(name, run.size());
    }

    /** One client from referral to placement, as the municipality, consultant, account manager and employer do it. */
    private static Journey runJourney() {
        var referral = attempt("referral", () -> asClient("gemeente-utrecht").body(Map.of(
                        "municipalityReference", "FAULT-" + UUID.randomUUID(),
                        "bsn", PersonalTestData.bsn(),
                        "name", Map.of("givenNames", GIVEN_NAMES, "familyName", FAMILY_NAME),
                        "dateOfBirth", BIRTH_DATE,
                        "contact", Map.of("postcode", "3511 AB"),
                        "targetGroup", "PARTICIPATIEWET", "benefitSituation", "RETAINED_BENEFIT",
                        "question", "Werkfit worden"))
                .post(INTAKE.url() + "/referrals"), r -> r.statusCode() == 201 || r.statusCode() == 200);
        String referralId = referral.path("id");
        String clientId = referral.path("clientId");

        attempt("admission", () -> as("uw-consultant").body(Map.of("programmeId", programmeId))
                .post(INTAKE.url() + "/clients/" + clientId + "/admission"),
                r -> r.statusCode() == 200 || r.statusCode() == 409 && !"RECEIVED".equals(referralStatus(referralId)));
        attempt("trajectory", () -> as("uw-consultant").queryParam("clientId", clientId).get(TRAJECTORY.url() + "/trajectories"),
                r -> r.statusCode() == 200 && (int) r.path("totalItems") >= 1);

        String proposalId = attempt("proposal", () -> {
            Response created = as("uw-account-manager").body(Map.of("vacancyId", vacancyId, "clientId", clientId))
                    .post(MATCHING.url() + "/proposals");
            return created.statusCode() == 409 && proposalOf(clientId) != null ? proposalView(proposalOf(clientId)) : created;
        }, r -> r.statusCode() == 201 || r.statusCode() == 200).path("id");
        String proposal = MATCHING.url() + "/proposals/" + proposalId;

        attempt("interest", () -> given().auth().oauth2(employerToken).post(MATCHING.url() + "/employer/proposals/" + proposalId + "/interest"),
                r -> r.statusCode() == 200 || r.statusCode() == 409 && !"PROPOSED".equals(proposalView(proposalId).path("stage")));
        attempt("consent", () -> as("uw-jobcoach").body(Map.of("consentedOn", TODAY.toString())).post(proposal + "/consent"),
                r -> r.statusCode() == 200 || r.statusCode() == 409 && proposalView(proposalId).path("consent") != null);
        attempt("placement", () -> as("uw-account-manager").body(Map.of("contractType", "PERMANENT", "hoursPerWeek", HOURS,
                        "startsOn", TODAY.toString())).post(proposal + "/placement"),
                r -> r.statusCode() == 200 || r.statusCode() == 409 && "PLACED".equals(proposalView(proposalId).path("stage")));
        String placementId = proposalView(proposalId).path("placement.placementId");
        return new Journey(referralId, clientId, proposalId, placementId);
    }

    /**
     * Sends a request until {@code done} accepts the answer. A refused connection, a 5xx, a 401 or 404 while a service
     * restarts or has not yet learnt of an event, and a conflict the check does not accept are retried; any other
     * answer is a failure.
     */
    private static Response attempt(String step, Supplier<Response> request, Predicate<Response> done) {
        long deadline = System.nanoTime() + STEP_PATIENCE.toNanos();
        Response last = null;
        Exception failure = null;
        while (System.nanoTime() < deadline) {
            try {
                last = request.get();
                failure = null;
                if (done.test(last)) {
                    return last;
                }
                int status = last.statusCode();
                if (status != 401 && status != 404 && status != 409 && status < 500 && status != 200) {
                    throw new AssertionError(step + " answered " + status + ": " + last.asString());
                }
            } catch (AssertionError e) {
                throw e;
            } catch (Exception e) {
                // Connection refused or reset while a service restarts (RestAssured throws it undeclared).
                failure = e;
            }
            RunningPlatform.sleep(Duration.ofSeconds(1));
        }
        throw new AssertionError(step + " did not succeed within " + STEP_PATIENCE + "; last answer "
                + (last == null ? failure : last.statusCode() + " " + last.asString()), failure);
    }

    private static String referralStatus(String referralId) {
        return asClient("gemeente-utrecht").get(INTAKE.url() + "/referrals/" + referralId).path("status");
    }

    private static String proposalOf(String clientId) {
        List<String> ids = as("uw-account-manager").queryParam("vacancyId", vacancyId).queryParam("size", 200)
                .get(MATCHING.url() + "/proposals").path("items.findAll { it.clientId == '" + clientId + "' }.id");
        return ids == null || ids.isEmpty() ? null : ids.get(0);
    }

    private static Response proposalView(String proposalId) {
        return as("uw-account-manager").get(MATCHING.url() + "/proposals/" + proposalId);
    }

    /**
     * Every journey so far has one trajectory (in aftercare), one proposal that is placed, its referral ended in work,
     * and reporting counts each once: nothing lost, nothing applied twice.
     */
    private static void assertEveryJourneyCompletedOnce() {
        int count = JOURNEYS.size();
        for (Journey journey : JOURNEYS) {
            eventually(() -> as("uw-consultant").queryParam("clientId", journey.clientId()).get(TRAJECTORY.url() + "/trajectories")
                    .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].placedOn", equalTo(TODAY.toString())));
            eventually(() -> asClient("gemeente-utrecht").get(INTAKE.url() + "/referrals/" + journey.referralId())
                    .then().statusCode(200).body("status", equalTo("TRAJECTORY_ENDED")));
        }
        List<String> placedClients = new ArrayList<>();
        for (int page = 0; page * 200 < count + 200; page++) {
            List<String> clients = as("uw-account-manager").queryParam("vacancyId", vacancyId).queryParam("stage", "PLACED")
                    .queryParam("size", 200).queryParam("page", page).get(MATCHING.url() + "/proposals").path("items.clientId");
            placedClients.addAll(clients);
        }
        assertEquals(count, placedClients.size(), "placed proposals");
        assertEquals(count, Set.copyOf(placedClients).size(), "one placement per client");
        eventually(() -> kpi("funnel").then().body("referrals", equalTo(count)).body("admitted", equalTo(count))
                .body("started", equalTo(count)));
        eventually(() -> kpi("outflow").then().body("ended", equalTo(count)).body("leaversToWork.count", equalTo(count)));
        eventually(() -> kpi("aftercare").then().body("placementsStarted", equalTo(count)));
        VERIFIED.set(count);
    }

    private static Response kpi(String table) {
        return Calls.kpi(table, String.valueOf(TODAY.getYear()), programmeId);
    }
}
