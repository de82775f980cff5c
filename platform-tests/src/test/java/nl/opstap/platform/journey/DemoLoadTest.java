package nl.opstap.platform.journey;

import static nl.opstap.platform.journey.Calls.as;
import static nl.opstap.platform.journey.Calls.eventually;
import static nl.opstap.platform.journey.RunningPlatform.Service.EMPLOYER;
import static nl.opstap.platform.journey.RunningPlatform.Service.REPORTING;
import static nl.opstap.platform.journey.RunningPlatform.Service.TRAJECTORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue #11, the living demo: the run command's loader (deploy/demo/load.sh and DemoLoader.java) against the five
 * packaged services, as a newcomer's first start would run it. It must load quickly and without a failure, leave
 * more than twelve months of history that the figures show month by month, settle SROI credit and aftercare through
 * the sweeps, and change nothing when it runs again.
 */
@Order(4)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoLoadTest {

    private static final int CLIENTS = 120;
    private static final LocalDate TODAY = AmsterdamDay.todayWithRoom(Duration.ofMinutes(15));
    private static final Pattern SUMMARY = Pattern.compile(" (\\d+)/(\\d+): (\\d+) referred, .* (\\d+) placed .*; (\\d+) there already, (\\d+) failed");

    private static RunningPlatform platform;
    private static Map<String, Integer> referralsPerMonth;

    @BeforeAll
    static void startThePlatform() {
        platform = RunningPlatform.start();
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void theDemoLoadsEveryClientQuicklyAndWithoutAFailure() throws Exception {
        long started = System.nanoTime();
        String output = load("first");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.printf("[demo-load] %d clients loaded in %d s%n", CLIENTS, seconds);

        MatchResult summary = lastSummary(output);
        assertEquals(CLIENTS, Integer.parseInt(summary.group(1)), output);
        assertEquals(CLIENTS, Integer.parseInt(summary.group(3)), "every client referred: " + summary.group());
        assertTrue(Integer.parseInt(summary.group(4)) > CLIENTS / 5, "a good share placed: " + summary.group());
        assertEquals(0, Integer.parseInt(summary.group(6)), "no story failed: " + summary.group());
        assertTrue(seconds < 120, "the whole demo load took " + seconds + " s");
    }

    @Test
    @Order(2)
    void theFiguresShowMoreThanTwelveMonthsOfHistory() {
        // The loader dates referrals over fifteen months: reporting counts each in its own month.
        referralsPerMonth = eventually(() -> {
            Map<String, Integer> perMonth = referralsPerMonth();
            int total = perMonth.values().stream().mapToInt(Integer::intValue).sum();
            assertTrue(total >= CLIENTS * 3 / 5 - 5, "the uw referrals of the last fifteen months: " + perMonth);
            return perMonth;
        });
        long months = referralsPerMonth.values().stream().filter(n -> n > 0).count();
        assertTrue(months >= 12, "referrals in " + months + " of the last fifteen months: " + referralsPerMonth);

        JsonPath outflow = outflow(TODAY.minusYears(1).getYear());
        JsonPath outflowNow = outflow(TODAY.getYear());
        assertTrue(outflow.getInt("ended") + outflowNow.getInt("ended") > 0, "trajectories ended over the history");
        assertTrue(outflow.getInt("leaversToWork.count") + outflowNow.getInt("leaversToWork.count") > 0, "leavers to work");
    }

    @Test
    @Order(3)
    void theSweepsSettleSroiCreditAndAftercareOfThePast() {
        // The demo contracts started two years ago and the placements lie months back: the sweep credits past months.
        String contract = as("uw-account-manager").queryParam("size", 100).get(EMPLOYER.url() + "/sroi/contracts").jsonPath()
                .getString("items.find { it.tenderReference == 'DEMO-30123456' }.id");
        eventually(() -> {
            JsonPath ledger = as("uw-account-manager").queryParam("size", 200).get(EMPLOYER.url() + "/sroi/contracts/" + contract + "/ledger")
                    .then().statusCode(200).extract().jsonPath();
            List<String> periods = ledger.getList("entries.items.period");
            assertTrue(periods.stream().distinct().count() >= 3, "credited months: " + periods);
            assertTrue(ledger.getLong("realisedCents") > 0);
            return periods;
        });
        // Aftercare of three months after placements long past is over: the sweep closed it on its own end date.
        eventually(() -> {
            int closed = as("uw-consultant").queryParam("status", "CLOSED").queryParam("size", 1).get(TRAJECTORY.url() + "/trajectories")
                    .then().statusCode(200).extract().path("totalItems");
            assertTrue(closed > 0, "closed trajectories: " + closed);
            return closed;
        });
    }

    @Test
    @Order(4)
    void aSecondLoadChangesNothing() throws Exception {
        String output = load("second");

        MatchResult summary = lastSummary(output);
        assertEquals(0, Integer.parseInt(summary.group(3)), "nobody referred twice: " + summary.group());
        assertEquals(CLIENTS, Integer.parseInt(summary.group(5)), "every client found there: " + summary.group());
        assertEquals(0, Integer.parseInt(summary.group(6)), summary.group());
        assertTrue(output.contains("already there"), "the catalogue is looked up, not made again");
        assertEquals(referralsPerMonth, referralsPerMonth(), "the figures are the same after the second load");
    }

    /** deploy/demo/load.sh against this platform (the run command's loader), its output kept beside the services' logs. */
    private static String load(String name) throws IOException, InterruptedException {
        Path log = RunningPlatform.LOGS.resolve("demo-load-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", RunningPlatform.ROOT.resolve("deploy/demo/load.sh").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("OPSTAP_PROFILE", "test");
        env.put("OPSTAP_DEMO_CLIENTS", String.valueOf(CLIENTS));
        for (RunningPlatform.Service service : RunningPlatform.Service.values()) {
            env.put("OPSTAP_" + service.name() + "_URL", service.url());
        }
        Process process = builder.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertTrue(finished, "the demo load did not finish within 5 minutes:\n" + output);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /** The loader's last progress line, which it prints once more when all stories are done. */
    private static MatchResult lastSummary(String output) {
        Matcher m = SUMMARY.matcher(output);
        MatchResult last = null;
        while (m.find()) {
            last = m.toMatchResult();
        }
        assertTrue(last != null, "no progress line in:\n" + output);
        return last;
    }

    private static JsonPath outflow(int year) {
        return as("uw-analyst").queryParam("period", String.valueOf(year)).get(REPORTING.url() + "/kpis/outflow")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Integer> referralsPerMonth() {
        Map<String, Integer> perMonth = new HashMap<>();
        YearMonth now = YearMonth.from(TODAY);
        for (int back = 0; back < 15; back++) {
            String month = now.minusMonths(back).toString();
            perMonth.put(month, as("uw-analyst").queryParam("period", month).get(REPORTING.url() + "/kpis/funnel")
                    .then().statusCode(200).extract().path("referrals"));
        }
        return perMonth;
    }
}
