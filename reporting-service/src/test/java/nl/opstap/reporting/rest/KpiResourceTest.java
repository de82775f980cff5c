package nl.opstap.reporting.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.ManualCreditKind;
import nl.opstap.events.vocabulary.PriceUnit;
import nl.opstap.events.vocabulary.ReferBackReason;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.reporting.JourneyEvents;
import nl.opstap.support.testing.TokenRequests;
import nl.opstap.support.testing.TopicWriter;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * KPIs on constructed event sets fed through the real topics. Each test has a programme of its own and asks
 * for that programme only, so figures of other tests in the same organisation do not mix in.
 */
@QuarkusTest
class KpiResourceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void pastiel2016OutflowTableIsReproduced() {
        JourneyEvents events = new JourneyEvents("uw");
        // 1,059 admitted in 2016; 388 of them left for work in 2016: 290 full-time, 98 part-time (recorded outcome,
        // no placement known); 60 more ended without work.
        for (int i = 0; i < 1059; i++) {
            LocalDate admitted = LocalDate.of(2016, 1 + i % 6, 1 + i % 28);
            LocalDate ended = admitted.plusMonths(5);
            if (i < 290) {
                events.leaverToWork(admitted, ended, TrajectoryOutcome.REGULAR_WORK_FULL_TIME, null);
            } else if (i < 388) {
                events.leaverToWork(admitted, ended, TrajectoryOutcome.REGULAR_WORK_PART_TIME, null);
            } else if (i < 448) {
                UUID client = UUID.randomUUID();
                UUID trajectory = UUID.randomUUID();
                events.admitted(client, admitted).started(trajectory, client, admitted)
                        .ended(trajectory, client, TrajectoryOutcome.DROPPED_OUT, admitted, ended);
            } else {
                events.admitted(UUID.randomUUID(), admitted);
            }
        }
        events.send();

        JsonPath outflow = awaitOutflow(events.programmeId(), "2016", 1059, 448);
        assertEquals(388, outflow.getInt("leaversToWork.count"));
        assertEquals(36, outflow.getInt("leaversToWork.percent"), "388 of 1,059, rounded down as Pastiel publishes it");
        assertEquals(290, outflow.getInt("fullTime.count"));
        assertEquals(98, outflow.getInt("partTime.count"));
        assertEquals(0, outflow.getInt("subsidised.count"));
        assertEquals(60, outflow.getInt("endedByOutcome.find { it.outcome == 'DROPPED_OUT' }.count"));

        // Another organisation asking for the same programme sees nothing of it.
        TokenRequests.asUser("pastiel-analyst").queryParam("period", "2016").queryParam("programme", events.programmeId().toString())
                .get("/kpis/outflow").then().statusCode(200).body("intake", equalTo(0)).body("ended", equalTo(0));
    }

    @Test
    void pastiel2017OutflowTableIsReproducedWithTheHoursOfThePlacementDecidingFullTime() {
        JourneyEvents events = new JourneyEvents("uw");
        // 759 admitted in 2017, 418 left for work: 318 in placements of 36 hours, 100 of 20 hours. The coach
        // recorded every one as full-time: the organisation's threshold (32 hours) decides, not the label.
        for (int i = 0; i < 759; i++) {
            LocalDate admitted = LocalDate.of(2017, 1 + i % 6, 1 + i % 28);
            if (i < 418) {
                events.leaverToWork(admitted, admitted.plusMonths(4), TrajectoryOutcome.REGULAR_WORK_FULL_TIME, i < 318 ? 36 : 20);
            } else {
                events.admitted(UUID.randomUUID(), admitted);
            }
        }
        events.send();

        awaitOutflow(events.programmeId(), "2017", 759, 418);
        // The placements come through a consumer of their own.
        await().atMost(PATIENCE).untilAsserted(() -> kpi("outflow", events.programmeId(), "2017").then().body("fullTime.count", equalTo(318)));
        JsonPath outflow = kpi("outflow", events.programmeId(), "2017").jsonPath();
        assertEquals(418, outflow.getInt("leaversToWork.count"));
        assertEquals(55, outflow.getInt("leaversToWork.percent"));
        assertEquals(318, outflow.getInt("fullTime.count"));
        assertEquals(100, outflow.getInt("partTime.count"));
        assertEquals(32, outflow.getInt("fullTimeHoursPerWeek"));

        String csv = TokenRequests.asUser("uw-admin").queryParam("period", "2017").queryParam("programme", events.programmeId().toString())
                .get("/kpis/outflow/csv").then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals("period,metric,count,of,percent", lines.get(0));
        assertEquals(List.of("2017,intake,759,,", "2017,leavers_to_work,418,759,55", "2017,leavers_to_work.full_time,318,759,41",
                "2017,leavers_to_work.part_time,100,759,13"), lines.stream()
                .filter(l -> l.startsWith("2017,intake,") || l.startsWith("2017,leavers_to_work")).filter(l -> !l.contains("subsidised")).toList());
    }

    @Test
    void funnelCountsEachStepInItsPeriodAndReferralsBackByReason() {
        JourneyEvents events = new JourneyEvents("uw");
        for (int i = 0; i < 5; i++) {
            UUID client = UUID.randomUUID();
            events.referral(client, LocalDate.of(2018, 3, 1 + i));
            if (i < 3) {
                events.admitted(client, LocalDate.of(2018, 3, 10)).started(UUID.randomUUID(), client, LocalDate.of(2018, 3, 20));
            } else {
                events.referredBack(client, i == 3 ? ReferBackReason.NO_MOTIVATION : ReferBackReason.DIRECTLY_EMPLOYABLE, LocalDate.of(2018, 3, 12));
            }
        }
        // Started in the next quarter: not in 2018-Q1.
        UUID late = UUID.randomUUID();
        events.referral(late, LocalDate.of(2018, 3, 30)).admitted(late, LocalDate.of(2018, 3, 31)).started(UUID.randomUUID(), late, LocalDate.of(2018, 4, 2));
        events.send();

        await().atMost(PATIENCE).untilAsserted(() -> kpi("funnel", events.programmeId(), "2018-Q1").then().statusCode(200)
                .body("referrals", equalTo(6)).body("admitted", equalTo(4)).body("started", equalTo(3)));
        kpi("funnel", events.programmeId(), "2018-Q1").then()
                .body("intakes", equalTo(6))
                .body("referredBack", equalTo(2))
                .body("referredBackByReason.reason", hasItem("NO_MOTIVATION"))
                .body("referredBackByReason.find { it.reason == 'DIRECTLY_EMPLOYABLE' }.count", equalTo(1));
        kpi("funnel", events.programmeId(), "2018-04").then().body("started", equalTo(1)).body("referrals", equalTo(0));
    }

    @Test
    void sustainableOutflowCountsOnlyLeaversNotBackOnBenefits() {
        JourneyEvents events = new JourneyEvents("uw");
        LocalDate exit = LocalDate.of(2016, 1, 15);
        List<UUID> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID client = UUID.randomUUID();
            UUID trajectory = UUID.randomUUID();
            clients.add(client);
            events.admitted(client, LocalDate.of(2015, 6, 1)).started(trajectory, client, LocalDate.of(2015, 6, 1))
                    .ended(trajectory, client, TrajectoryOutcome.REGULAR_WORK_FULL_TIME, LocalDate.of(2015, 6, 1), exit);
        }
        events.benefitResumed(clients.get(0), exit.plusMonths(3));  // back within 6 months
        events.benefitResumed(clients.get(1), exit.plusMonths(9));  // back within 12, not within 6
        events.send();

        await().atMost(PATIENCE).untilAsserted(() -> kpi("sustainable-outflow", events.programmeId(), "2016").then().statusCode(200)
                .body("leaversToWork", equalTo(4))
                .body("noBenefitWithin12Months.count", equalTo(2)));
        kpi("sustainable-outflow", events.programmeId(), "2016").then()
                .body("noBenefitWithin6Months.count", equalTo(3)).body("noBenefitWithin6Months.of", equalTo(4))
                .body("noBenefitWithin6Months.percent", equalTo(75))
                .body("noBenefitWithin12Months.percent", equalTo(50));
        // Reference date 2 July 2017: exits from 2 January 2016 to 1 January 2017 are counted; two came back.
        kpi("sustainable-outflow", events.programmeId(), "2017").then()
                .body("referenceDate", equalTo("2017-07-02"))
                .body("onReferenceDate.count", equalTo(2)).body("onReferenceDate.of", equalTo(4))
                .body("leaversToWork", equalTo(0));
    }

    @Test
    void redeliveredAndOutOfOrderEventsEndInTheSameFigures() {
        JourneyEvents events = new JourneyEvents("uw");
        UUID client = UUID.randomUUID();
        UUID trajectory = UUID.randomUUID();
        UUID placement = UUID.randomUUID();
        UUID employer = UUID.randomUUID();
        LocalDate start = LocalDate.of(2019, 2, 1);
        LocalDate exit = LocalDate.of(2019, 8, 1);
        events.programme(6);
        List<ProducerRecord<String, String>> inOrder = events
                .admitted(client, start)
                .started(trajectory, client, start)
                .extended(trajectory, client, 1, exit)
                .placed(placement, client, employer, ContractType.WAGE_COST_SUBSIDY, 24, exit)
                .ended(trajectory, client, TrajectoryOutcome.REGULAR_WORK_PART_TIME, start, exit)
                .placementEnded(placement, client, employer, exit.plusMonths(4))
                .drain();
        // Every event twice, and each topic's events from last to first: the end before the start, the
        // placement's end before the placement.
        List<ProducerRecord<String, String>> shuffled = new ArrayList<>(inOrder);
        Collections.reverse(shuffled);
        shuffled.addAll(inOrder);
        TopicWriter.sendAll(shuffled);

        // Each topic has a consumer of its own: wait for the facts of both (the placement decides "subsidised").
        await().atMost(PATIENCE).untilAsserted(() -> kpi("outflow", events.programmeId(), "2019").then().statusCode(200)
                .body("ended", equalTo(1)).body("extended.count", equalTo(1)).body("reachedMaximumDuration.of", equalTo(1))
                .body("subsidised.count", equalTo(1)));
        await().atMost(PATIENCE).untilAsserted(() -> kpi("aftercare", events.programmeId(), "2019").then()
                .body("runningAt6Months.of", equalTo(1)));
        kpi("outflow", events.programmeId(), "2019").then()
                .body("intake", equalTo(1))
                .body("leaversToWork.count", equalTo(1))
                .body("subsidised.count", equalTo(1))
                .body("averageDurationDays", equalTo(181))
                .body("medianDurationDays", equalTo(181))
                .body("reachedMaximumDuration.count", equalTo(1));
        kpi("aftercare", events.programmeId(), "2019").then()
                .body("placementsStarted", equalTo(1))
                .body("runningAt3Months.count", equalTo(1))
                .body("runningAt6Months.count", equalTo(0)).body("runningAt6Months.of", equalTo(1));
        // Exit in 2019-Q3: Q2 after it ends 31 March 2020 (placement ended December 2019), so not employed.
        kpi("employment-after-exit", events.programmeId(), "2019").then()
                .body("leavers", equalTo(1)).body("employedInSecondQuarter.count", equalTo(0)).body("employedInSecondQuarter.of", equalTo(1));
    }

    @Test
    void employmentAfterExitAndAftercareCountRunningPlacements() {
        JourneyEvents events = new JourneyEvents("uw");
        UUID client = UUID.randomUUID();
        UUID trajectory = UUID.randomUUID();
        UUID employer = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        UUID placement = UUID.randomUUID();
        LocalDate exit = LocalDate.of(2020, 5, 10);
        events.admitted(client, LocalDate.of(2020, 1, 6)).started(trajectory, client, LocalDate.of(2020, 1, 6))
                .placed(placement, client, employer, ContractType.PERMANENT, 36, exit)
                .ended(trajectory, client, TrajectoryOutcome.REGULAR_WORK_FULL_TIME, LocalDate.of(2020, 1, 6), exit)
                .aftercareEnded(trajectory, client, exit.plusMonths(6), true)
                .sroiCredited(employer, contract, placement, client, "2020-06", "2962.96")
                .sroiCredited(employer, contract, placement, client, "2020-07", "2962.96")
                .sroiCredited(employer, contract, placement, client, "2021-01", "100.00")
                .sroiManuallyCredited(employer, contract, ManualCreditKind.TRAINING, 2, "2020-09", 500_000)
                .send();

        await().atMost(PATIENCE).untilAsserted(() -> kpi("sroi", events.programmeId(), "2020").then().statusCode(200)
                .body("realisedCents", equalTo(592592)));
        kpi("sroi", events.programmeId(), "2020").then()
                .body("lines[0].employerId", equalTo(employer.toString()))
                .body("lines[0].contractId", equalTo(contract.toString()))
                .body("lines[0].credits", equalTo(2));
        await().atMost(PATIENCE).untilAsserted(() -> kpi("employment-after-exit", events.programmeId(), "2020").then()
                .body("employedInSecondQuarter.count", equalTo(1)).body("employedInFourthQuarter.count", equalTo(1)));
        await().atMost(PATIENCE).untilAsserted(() -> kpi("aftercare", events.programmeId(), "2020").then()
                .body("completedStillEmployed.count", equalTo(1))
                .body("runningAt12Months.count", equalTo(1)));
        String csv = TokenRequests.asUser("uw-analyst").queryParam("period", "2020").queryParam("programme", events.programmeId().toString())
                .get("/kpis/sroi/csv").then().statusCode(200).extract().asString();
        assertEquals("period,employer_id,contract_id,tender_reference,credits,manual_credits,realised_cents,realised_to_date_cents,"
                + "obligation_cents,remaining_cents\r\n2020," + employer + "," + contract + ",,2,0,592592,592592,,\r\n", csv);
        // Without a programme filter the manual entry, which has no client, counts too.
        String ours = "lines.find { it.contractId == '" + contract + "' }";
        await().atMost(PATIENCE).untilAsserted(() -> kpi("sroi", null, "2020").then().body(ours + ".credits", equalTo(2)).body(ours + ".manualCredits", equalTo(1))
                .body(ours + ".realisedCents", equalTo(1_092_592)));
    }

    @Test
    void sroiBalanceSetsWhatWasRealisedToDateAgainstTheContractsObligation() {
        JourneyEvents events = new JourneyEvents("uw");
        UUID employer = UUID.randomUUID();
        UUID credited = UUID.randomUUID();
        UUID uncredited = UUID.randomUUID();
        UUID unsigned = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        UUID placement = UUID.randomUUID();
        // Credits first, the signature after them: the balance does not depend on the order of arrival.
        events.admitted(client, LocalDate.of(2022, 1, 10))
                .sroiCredited(employer, credited, placement, client, "2022-04", "3000.00")
                .sroiManuallyCredited(employer, credited, ManualCreditKind.TRAINING, 1, "2022-12", 200_000)
                .sroiCredited(employer, credited, placement, client, "2023-01", "1000.00")
                .sroiCredited(employer, unsigned, placement, client, "2022-05", "10.00")
                .sroiContractSigned(employer, credited, "UTR-2022-BALANCE", 1_000_000, LocalDate.of(2022, 3, 1), LocalDate.of(2023, 2, 28))
                .sroiContractSigned(employer, uncredited, "UTR-2022-EMPTY", 50_000, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))
                .send();

        String line = "lines.find { it.contractId == '%s' }";
        String a = line.formatted(credited);
        String b = line.formatted(uncredited);
        String c = line.formatted(unsigned);
        await().atMost(PATIENCE).untilAsserted(() -> kpi("sroi", null, "2022").then().statusCode(200)
                .body(a + ".realisedCents", equalTo(500_000)).body(b + ".obligationCents", equalTo(50_000))
                .body(c + ".realisedCents", equalTo(1_000)));
        kpi("sroi", null, "2022").then()
                .body(a + ".tenderReference", equalTo("UTR-2022-BALANCE")).body(a + ".contractingAuthority", equalTo("Gemeente Utrecht"))
                .body(a + ".credits", equalTo(1)).body(a + ".manualCredits", equalTo(1))
                .body(a + ".realisedToDateCents", equalTo(500_000)).body(a + ".obligationCents", equalTo(1_000_000))
                .body(a + ".remainingCents", equalTo(500_000))
                .body(b + ".realisedCents", equalTo(0)).body(b + ".remainingCents", equalTo(50_000))
                .body(c + ".obligationCents", nullValue()).body(c + ".remainingCents", nullValue());
        // January 2023: one more credit, the balance carries the year before.
        kpi("sroi", null, "2023-01").then()
                .body(a + ".realisedCents", equalTo(100_000)).body(a + ".realisedToDateCents", equalTo(600_000))
                .body(a + ".remainingCents", equalTo(400_000))
                .body("lines.contractId", not(hasItem(uncredited.toString())));
        // Before the contract ran, and with nothing credited, it has no line.
        kpi("sroi", null, "2021").then().body("lines.contractId", not(hasItem(credited.toString())));
        // An obligation is the whole contract's: not reported when narrowed to a programme.
        await().atMost(PATIENCE).untilAsserted(() -> kpi("sroi", events.programmeId(), "2022").then()
                .body(a + ".realisedCents", equalTo(300_000)).body(a + ".obligationCents", nullValue())
                .body("obligationCents", nullValue()));
    }

    @Test
    void developmentComparesEachClientsFirstAndLatestMeasurement() {
        JourneyEvents events = new JourneyEvents("uw");
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID once = UUID.randomUUID();
        UUID lastYear = UUID.randomUUID();
        UUID laterOn = UUID.randomUUID();
        events.admitted(a, LocalDate.of(2021, 1, 5))
                .measured(a, LocalDate.of(2021, 1, 5), 2, null, null).measured(a, LocalDate.of(2021, 4, 1), 3, null, null)
                .measured(a, LocalDate.of(2021, 9, 1), 4, null, null)
                .measured(a, LocalDate.of(2021, 1, 5), null, "2.5", null).measured(a, LocalDate.of(2021, 9, 1), null, "3.5", null)
                .measured(a, LocalDate.of(2021, 1, 5), null, null, 40).measured(a, LocalDate.of(2021, 10, 1), null, null, 55);
        events.admitted(b, LocalDate.of(2021, 2, 1))
                .measured(b, LocalDate.of(2021, 2, 1), 3, null, null).measured(b, LocalDate.of(2021, 8, 1), 2, null, null)
                .measured(b, LocalDate.of(2021, 2, 1), null, null, 60).measured(b, LocalDate.of(2021, 8, 1), null, null, 60);
        events.admitted(once, LocalDate.of(2021, 3, 1)).measured(once, LocalDate.of(2021, 3, 1), 2, null, null);
        events.admitted(lastYear, LocalDate.of(2020, 5, 1))
                .measured(lastYear, LocalDate.of(2020, 6, 1), 1, null, null).measured(lastYear, LocalDate.of(2020, 12, 1), 2, null, null);
        // Its second measurement comes after 2021: in 2021 it has one.
        events.admitted(laterOn, LocalDate.of(2021, 5, 1))
                .measured(laterOn, LocalDate.of(2021, 5, 1), 2, null, null).measured(laterOn, LocalDate.of(2022, 2, 1), 5, null, null);
        events.send();

        String ladder = "measures.find { it.measure == 'PARTICIPATION_LADDER' }";
        String zrm = "measures.find { it.measure == 'ZRM_AVERAGE' }";
        String wage = "measures.find { it.measure == 'WAGE_VALUE' }";
        await().atMost(PATIENCE).untilAsserted(() -> kpi("development", events.programmeId(), "2021").then().statusCode(200)
                .body(ladder + ".clients", equalTo(2)).body(wage + ".clients", equalTo(2)).body(zrm + ".clients", equalTo(1)));
        kpi("development", events.programmeId(), "2021").then()
                .body(ladder + ".averageFirst", equalTo(2.5f)).body(ladder + ".averageLatest", equalTo(3.0f))
                .body(ladder + ".averageChange", equalTo(0.5f))
                .body(ladder + ".improved.count", equalTo(1)).body(ladder + ".declined.count", equalTo(1))
                .body(ladder + ".unchanged.count", equalTo(0))
                .body(zrm + ".averageFirst", equalTo(2.5f)).body(zrm + ".averageChange", equalTo(1.0f))
                .body(wage + ".averageFirst", equalTo(50.0f)).body(wage + ".averageLatest", equalTo(57.5f))
                .body(wage + ".improved.count", equalTo(1)).body(wage + ".unchanged.percent", equalTo(50));
        kpi("development", events.programmeId(), "2020").then().body(ladder + ".clients", equalTo(1)).body(ladder + ".averageChange", equalTo(1.0f));
        kpi("development", events.programmeId(), "2022").then().body(ladder + ".clients", equalTo(1))
                .body(ladder + ".averageFirst", equalTo(2.0f)).body(ladder + ".averageLatest", equalTo(5.0f));
        String csv = TokenRequests.asUser("uw-analyst").queryParam("period", "2021").queryParam("programme", events.programmeId().toString())
                .get("/kpis/development/csv").then().statusCode(200).extract().asString();
        assertEquals("period,measure,clients,average_first,average_latest,average_change,improved,unchanged,declined", csv.split("\r\n")[0]);
        assertTrue(csv.contains("2021,WAGE_VALUE,2,50.00,57.50,7.50,1,1,0\r\n"), csv);
    }

    @Test
    void moneySetsTheCostPerLeaverToWorkAgainstTheBenefitAvoided() {
        // EUR 3,000 a trajectory: two leave for work, two drop out. One leaver is back on benefits after 73 of 365 days.
        JourneyEvents events = new JourneyEvents("uw").programme(24, "3000.00", PriceUnit.PER_TRAJECTORY);
        UUID backOnBenefits = UUID.randomUUID();
        LocalDate admitted = LocalDate.of(2015, 1, 10);
        events.leaverToWork(admitted, LocalDate.of(2015, 3, 1), TrajectoryOutcome.REGULAR_WORK_FULL_TIME, null);
        events.admitted(backOnBenefits, admitted);
        UUID trajectory = UUID.randomUUID();
        events.started(trajectory, backOnBenefits, admitted)
                .ended(trajectory, backOnBenefits, TrajectoryOutcome.REGULAR_WORK_PART_TIME, admitted, LocalDate.of(2015, 3, 1))
                .benefitResumed(backOnBenefits, LocalDate.of(2015, 5, 13));
        for (int i = 0; i < 2; i++) {
            UUID client = UUID.randomUUID();
            UUID dropOut = UUID.randomUUID();
            events.admitted(client, admitted).started(dropOut, client, admitted)
                    .ended(dropOut, client, TrajectoryOutcome.DROPPED_OUT, admitted, LocalDate.of(2015, 2, 1));
        }
        events.send();
        // EUR 500 for each month begun: 10 January to 9 April is three months.
        JourneyEvents monthly = new JourneyEvents("uw").programme(24, "500.00", PriceUnit.PER_MONTH);
        UUID client = UUID.randomUUID();
        UUID monthlyTrajectory = UUID.randomUUID();
        monthly.admitted(client, admitted).started(monthlyTrajectory, client, admitted)
                .ended(monthlyTrajectory, client, TrajectoryOutcome.DROPPED_OUT, admitted, LocalDate.of(2015, 4, 9)).send();

        await().atMost(PATIENCE).untilAsserted(() -> kpi("money", events.programmeId(), "2015").then().statusCode(200)
                .body("trajectoriesEnded", equalTo(4)).body("avoidedBenefitCents", equalTo(1_800_000)));
        kpi("money", events.programmeId(), "2015").then()
                .body("trajectoriesPriced", equalTo(4)).body("costCents", equalTo(1_200_000))
                .body("leaversToWork", equalTo(2)).body("costPerLeaverToWorkCents", equalTo(600_000))
                // EUR 15,000 for a year off benefits, 15,000 x 73 / 365 = 3,000 for the one back after 73 days.
                .body("netResultCents", equalTo(600_000));
        await().atMost(PATIENCE).untilAsserted(() -> kpi("money", monthly.programmeId(), "2015").then()
                .body("trajectoriesEnded", equalTo(1)).body("costCents", equalTo(150_000))
                .body("costPerLeaverToWorkCents", nullValue()).body("netResultCents", equalTo(-150_000)));
    }

    @Test
    void filtersAreCheckedAndOnlyAnalystsAndAdminsSeeKpis() {
        TokenRequests.asUser("uw-analyst").queryParam("period", "2016-Q5").get("/kpis/outflow").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body(containsString("period"));
        TokenRequests.asUser("uw-analyst").queryParam("municipality", "Utrecht").get("/kpis/funnel").then().statusCode(400)
                .body(containsString("municipality"));
        TokenRequests.asUser("uw-analyst").queryParam("programme", "not-a-uuid").get("/kpis/funnel").then().statusCode(400)
                .body(containsString("programme"));
        TokenRequests.asUser("uw-analyst").get("/kpis/nonsense/csv").then().statusCode(404);
        TokenRequests.asUser("uw-jobcoach").get("/kpis/outflow").then().statusCode(403);
        TokenRequests.asUser("uw-consultant").get("/kpis/sroi/csv").then().statusCode(403);
    }

    private JsonPath awaitOutflow(UUID programme, String period, int intake, int ended) {
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> kpi("outflow", programme, period).then().statusCode(200)
                .body("intake", equalTo(intake)).body("ended", equalTo(ended)));
        return kpi("outflow", programme, period).jsonPath();
    }

    private static io.restassured.response.Response kpi(String table, UUID programme, String period) {
        var request = TokenRequests.asUser("uw-analyst").queryParam("period", period);
        return (programme == null ? request : request.queryParam("programme", programme.toString())).get("/kpis/" + table);
    }
}
