package nl.opstap.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.ReferBackReason;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.reporting.JourneyEvents;
import nl.opstap.support.testing.TokenRequests;
import nl.opstap.support.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: Debian's headless Chromium, driven by Selenium, logs in through the Keycloak login
 * page (authorization-code flow) and reads the charts Chart.js drew from a constructed event set, in English and in
 * Dutch. Chromium and chromedriver come from Debian's packages (.ci/run installs them); OPSTAP_CHROMIUM and
 * OPSTAP_CHROMEDRIVER point elsewhere.
 */
@QuarkusTest
class DashboardBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String CHROMIUM = System.getenv().getOrDefault("OPSTAP_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("OPSTAP_CHROMEDRIVER", "/usr/bin/chromedriver");

    private static JourneyEvents events;

    @TestHTTPResource("/dashboard")
    URL dashboard;

    /**
     * One programme of 2019: four referrals, three admitted (Feb, Mar, Apr), one referred back, two leavers to work
     * (June with a 36-hour placement and two SROI months of € 1,234.56; September, back on benefits in December) and
     * one drop-out. Fed once for all tests of the class (in the first one's set-up, when the application runs).
     */
    @BeforeEach
    void feedOneYearOfOneProgramme() {
        if (events != null) {
            return;
        }
        events = new JourneyEvents("uw").programme(24);
        UUID placedInJune = UUID.randomUUID();
        UUID trajectoryA = UUID.randomUUID();
        UUID placement = UUID.randomUUID();
        UUID employer = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        events.referral(placedInJune, LocalDate.of(2019, 2, 4)).admitted(placedInJune, LocalDate.of(2019, 2, 11))
                .started(trajectoryA, placedInJune, LocalDate.of(2019, 2, 18))
                .placed(placement, placedInJune, employer, ContractType.PERMANENT, 36, LocalDate.of(2019, 6, 3))
                .ended(trajectoryA, placedInJune, TrajectoryOutcome.REGULAR_WORK_FULL_TIME, LocalDate.of(2019, 2, 18), LocalDate.of(2019, 6, 3))
                .sroiCredited(employer, contract, placement, placedInJune, "2019-06", "1234.56")
                .sroiCredited(employer, contract, placement, placedInJune, "2019-07", "1234.56");
        UUID droppedOut = UUID.randomUUID();
        UUID trajectoryB = UUID.randomUUID();
        events.referral(droppedOut, LocalDate.of(2019, 2, 5)).admitted(droppedOut, LocalDate.of(2019, 3, 4))
                .started(trajectoryB, droppedOut, LocalDate.of(2019, 3, 11))
                .ended(trajectoryB, droppedOut, TrajectoryOutcome.DROPPED_OUT, LocalDate.of(2019, 3, 11), LocalDate.of(2019, 5, 6));
        UUID referredBack = UUID.randomUUID();
        events.referral(referredBack, LocalDate.of(2019, 3, 6)).referredBack(referredBack, ReferBackReason.NO_MOTIVATION, LocalDate.of(2019, 3, 20));
        UUID backOnBenefits = UUID.randomUUID();
        UUID trajectoryD = UUID.randomUUID();
        events.referral(backOnBenefits, LocalDate.of(2019, 4, 1)).admitted(backOnBenefits, LocalDate.of(2019, 4, 8))
                .started(trajectoryD, backOnBenefits, LocalDate.of(2019, 4, 15))
                .ended(trajectoryD, backOnBenefits, TrajectoryOutcome.REGULAR_WORK_PART_TIME, LocalDate.of(2019, 4, 15), LocalDate.of(2019, 9, 2))
                .benefitResumed(backOnBenefits, LocalDate.of(2019, 12, 1));
        events.send();

        await().atMost(PATIENCE).until(() -> {
            JsonPath funnel = kpi("funnel");
            JsonPath outflow = kpi("outflow");
            JsonPath sustainable = kpi("sustainable-outflow");
            return funnel.getInt("referrals") == 4 && funnel.getInt("referredBack") == 1 && outflow.getInt("ended") == 3
                    && outflow.getInt("fullTime.count") == 1 && sustainable.getInt("noBenefitWithin6Months.count") == 1
                    && kpi("sroi").getLong("realisedCents") == 246_912;
        });
    }

    @Test
    void analystLogsInAndReadsTheChartsInEnglishAndDutch() {
        withBrowser(browser -> {
            browser.get(dashboard + "?period=2019&lang=en&programme=" + events.programmeId());
            logIn(browser, "uw-analyst");
            awaitCharts(browser);

            screenshot(browser, "dashboard-en.png");
            assertEquals("Opstap dashboard", browser.findElement(By.tagName("h1")).getText());
            assertEquals(List.of(4L, 4L, 3L, 1L, 3L), chartData(browser, "funnel", 0), "referrals, intakes, admitted, referred back, started");
            assertEquals(List.of(0L, 1L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), chartData(browser, "outflow", 0), "admitted per month");
            assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 1L, 0L, 0L, 0L), chartData(browser, "outflow", 1), "leavers to work per month");
            assertEquals("Outflow rate to work in 2019: 66% (2 of 3)", headline(browser, "outflow"));
            assertEquals(List.of(50L, 50L), chartData(browser, "sustainable-outflow", 0).subList(0, 2));
            assertEquals(2469.12, ((Number) chartData(browser, "sroi", 0).get(0)).doubleValue(), 0.001);
            assertTrue(text(browser, "#sroi table").contains("€2,469.12"),
                    "the SROI table shows the amount in euros");
            assertTrue(browser.findElement(By.cssSelector("#funnel table")).getText().contains("Referred back 1"));
            assertTrue(browser.findElement(By.cssSelector("select[name=programme]")).getText().contains("Werkfit " + events.programmeId()));

            browser.findElement(By.id("other-language")).click();
            awaitCharts(browser);
            screenshot(browser, "dashboard-nl.png");
            assertEquals("Opstap-dashboard", browser.findElement(By.tagName("h1")).getText());
            assertEquals("Uitstroom naar werk in 2019: 66% (2 van 3)", headline(browser, "outflow"));
            assertEquals(List.of(4L, 4L, 3L, 1L, 3L), chartData(browser, "funnel", 0), "the same figures in Dutch");
            assertTrue(text(browser, "#sroi table").contains("€ 2.469,12"), "Dutch amounts: " + text(browser, "#sroi table"));
        });
    }

    @Test
    void anotherOrganisationsAnalystSeesNoneOfItAndSignsOutAgain() {
        withBrowser(browser -> {
            browser.get(dashboard + "?period=2019&lang=en&programme=" + events.programmeId());
            logIn(browser, "pastiel-analyst");
            awaitCharts(browser);
            assertEquals(List.of(0L, 0L, 0L, 0L, 0L), chartData(browser, "funnel", 0));
            assertFalse(browser.findElement(By.cssSelector("select[name=programme]")).getText().contains(events.programmeId().toString()),
                    "uw's programme is not offered to pastiel");
            assertTrue(browser.findElement(By.cssSelector("p.who")).getText().contains("pastiel"));

            browser.findElement(By.id("sign-out")).click();
            new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            assertTrue(browser.getCurrentUrl().startsWith(Tokens.issuer()), "signed out, the next visit asks for a login again");
        });
    }

    @Test
    void aConsultantIsRefusedTheDashboard() {
        withBrowser(browser -> {
            browser.get(dashboard + "?period=2019");
            logIn(browser, "uw-consultant");
            new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.urlContains("/dashboard"));
            assertTrue(browser.getPageSource().contains("403") || browser.getPageSource().contains("Forbidden"),
                    "a consultant has no access to the organisation's figures");
            assertTrue(browser.findElements(By.tagName("canvas")).isEmpty());
        });
    }

    @Test
    void withoutASessionThePageSendsTheBrowserToKeycloakWithPkce() {
        given().redirects().follow(false).get(dashboard)
                .then().statusCode(302)
                .header("Location", containsString(Tokens.issuer() + "/protocol/openid-connect/auth"))
                .header("Location", containsString("client_id=reporting-dashboard"))
                .header("Location", containsString("code_challenge_method=S256"));
    }

    private static JsonPath kpi(String table) {
        return TokenRequests.asUser("uw-analyst").queryParam("period", "2019").queryParam("programme", events.programmeId().toString())
                .get("/kpis/" + table).then().statusCode(200).extract().jsonPath();
    }

    private static void withBrowser(Consumer<WebDriver> steps) {
        assertTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "the dashboard test needs Chromium and chromedriver (apt-get install chromium chromium-driver), looked for "
                        + CHROMIUM + " and " + CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,2000", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            steps.accept(browser);
        } finally {
            browser.quit();
        }
    }

    private static void logIn(WebDriver browser, String username) {
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().startsWith(Tokens.issuer()), "the login page is Keycloak's: " + browser.getCurrentUrl());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Tokens.DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
    }

    private static void awaitCharts(WebDriver browser) {
        // The body found may belong to the page the login redirect is just replacing: look again, not fail.
        new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-charts-drawn", "4"));
    }

    /** Keeps what the browser showed next to the test reports, for a person to look at. */
    private static void screenshot(WebDriver browser, String name) {
        try {
            Files.write(Path.of("target", name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values Chart.js holds for one data series of a chart, as drawn. */
    @SuppressWarnings("unchecked")
    private static List<Object> chartData(WebDriver browser, String chart, int series) {
        return (List<Object>) ((JavascriptExecutor) browser).executeScript(
                "return Chart.getChart(document.querySelector('canvas[data-chart=\"' + arguments[0] + '\"]')).data.datasets[arguments[1]].data;",
                chart, series);
    }

    /** The visible text of an element, with non-breaking spaces (Dutch amounts have one after the euro sign) as spaces. */
    private static String text(WebDriver browser, String selector) {
        return browser.findElement(By.cssSelector(selector)).getText().replace('\u00a0', ' ');
    }

    private static String headline(WebDriver browser, String chart) {
        return browser.findElement(By.cssSelector("#" + chart + " .headline")).getText();
    }
}
