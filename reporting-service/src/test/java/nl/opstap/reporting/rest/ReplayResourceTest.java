package nl.opstap.reporting.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.ReferBackReason;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.reporting.JourneyEvents;
import nl.opstap.support.testing.TokenRequests;
import org.junit.jupiter.api.Test;

/** A replay from the beginning of the topics ends in the same figures as the live projection. */
@QuarkusTest
class ReplayResourceTest {

    private static final List<String> TABLES = List.of("funnel", "outflow", "sustainable-outflow", "employment-after-exit", "aftercare", "sroi");

    @Test
    void replayEqualsLive() {
        JourneyEvents events = new JourneyEvents("uw");
        events.programme(12);
        for (int i = 0; i < 40; i++) {
            UUID client = UUID.randomUUID();
            LocalDate referred = LocalDate.of(2022, 1 + i % 12, 1 + i % 15);
            events.referral(client, referred);
            if (i % 5 == 0) {
                events.referredBack(client, ReferBackReason.NO_FITTING_PROGRAMME, referred.plusDays(10));
                continue;
            }
            UUID trajectory = UUID.randomUUID();
            UUID employer = UUID.randomUUID();
            UUID placement = UUID.randomUUID();
            LocalDate start = referred.plusDays(14);
            events.admitted(client, start).started(trajectory, client, start);
            if (i % 2 == 0) {
                LocalDate exit = start.plusMonths(5);
                events.placed(placement, client, employer, ContractType.PERMANENT, 20 + i % 20, exit)
                        .ended(trajectory, client, TrajectoryOutcome.REGULAR_WORK_PART_TIME, start, exit)
                        .sroiCredited(employer, UUID.randomUUID(), placement, client, "2022-12", "1500.00");
                if (i % 4 == 0) {
                    events.benefitResumed(client, exit.plusMonths(4));
                }
            }
            if (i % 3 == 0) {
                // Erased clients keep counting: erasure takes details out of the facts, not the facts out of the figures.
                events.erased(client, referred.plusYears(3));
            }
        }
        events.send();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> kpi("funnel", events.programmeId()).then().statusCode(200)
                .body("referrals", equalTo(40)).body("started", equalTo(32)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> kpi("sroi", events.programmeId()).then().body("lines.size()", equalTo(16)));
        // Each topic has a consumer of its own: the programme (its maximum duration) and the ends may come last.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> kpi("outflow", events.programmeId()).then()
                .body("ended", equalTo(12)).body("reachedMaximumDuration.of", equalTo(12)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> kpi("aftercare", events.programmeId()).then()
                .body("placementsStarted", equalTo(12)));
        List<String> live = TABLES.stream().map(table -> kpi(table, events.programmeId()).asString()).toList();

        TokenRequests.asUser("uw-admin").post("/admin/projection-replay").then().statusCode(202).body("state", equalTo("RUNNING"));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                TokenRequests.asUser("uw-admin").get("/admin/projection-replay").then().statusCode(200).body("state", equalTo("DONE")));
        JsonPath progress = TokenRequests.asUser("uw-admin").get("/admin/projection-replay").jsonPath();
        assertTrue(progress.getLong("eventsDone") >= 40 * 3, "at least this test's events were replayed");
        assertEquals(progress.getLong("eventsTotal"), progress.getLong("eventsDone"));

        List<String> replayed = TABLES.stream().map(table -> kpi(table, events.programmeId()).asString()).toList();
        assertEquals(live, replayed);
        TokenRequests.asUser("uw-analyst").post("/admin/projection-replay").then().statusCode(403);
    }

    private static io.restassured.response.Response kpi(String table, UUID programme) {
        return TokenRequests.asUser("uw-analyst").queryParam("period", "2022").queryParam("programme", programme.toString())
                .get("/kpis/" + table);
    }
}
