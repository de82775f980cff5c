package nl.opstap.intake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opstap.support.testing.BenchMachine;
import nl.opstap.support.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The write-path benchmark (#12): Gatling sends municipal referrals to {@code POST /referrals} (validate, encrypt the
 * BSN, client record, audit entry, outbox row) and, in the same run, to the baseline {@code POST
 * /bench/baseline-referrals} (the same body and token, one plain Panache insert). Closed model: a fixed number of
 * requests in flight, for throughput. Open model: fixed arrival rates (half and four fifths of what the referral
 * endpoint managed closed), for latency at equal load. Every figure is the median of {@code bench.runs} runs. Gatling
 * runs on Netty 4.2 and this service on 4.1, so each run is a JVM of its own, from {@code load-tests}. Never part of
 * the test run (tag {@code bench}); {@code ./deploy/local/bench.sh write} runs it and writes
 * docs/benchmarks/write-path.md and write-path-raw.csv.
 */
@QuarkusTest
@TestProfile(ReferralWriteBenchmark.BaselineOn.class)
@Tag("bench")
class ReferralWriteBenchmark {

    private static final String REFERRALS = "/referrals";
    private static final String BASELINE = "/bench/baseline-referrals";
    private static final Path LOAD_TESTS = Path.of(System.getProperty("bench.load-tests", "../load-tests/target"));
    private static final Path OUT = Path.of(System.getProperty("bench.out", "target/benchmarks"));
    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int USERS = Integer.getInteger("bench.users", 16);
    /**
     * Long enough for the referral path to stop getting faster: after 30 s it still gained a fifth from one 20 s run to
     * the next (342, 405, 485 req/s), the JIT still compiling its larger code on 2 cores.
     */
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warm-up-seconds", 120);
    private static final double[] RATE_SHARES = {0.5, 0.8};

    /** Turns the baseline endpoint on: it exists in the test build only and answers only in this profile. */
    public static class BaselineOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(BaselineReferralResource.ENABLED, "true");
        }
    }

    /** One Gatling run: successful requests, failures, successful requests per second and latency percentiles (ms). */
    record Run(String endpoint, String model, double load, int run, long ok, long failed, double rps, double p50, double p99,
               double p999) {
    }

    @Inject
    AgroalDataSource dataSource;

    private final List<Run> runs = new ArrayList<>();
    private long warmUpReferrals;

    @Test
    void referralEndpointAgainstAPlainInsert() throws Exception {
        Path classPath = LOAD_TESTS.resolve("gatling.classpath");
        assertTrue(Files.isRegularFile(classPath), classPath + " is missing: package load-tests first (bench.sh does)");
        long referralsBefore = count("select count(*) from referral where municipality_reference like 'LOAD-%'");

        // Warm-up, not recorded: the JIT, the connection pools and the Kafka producer settle.
        gatling(REFERRALS, "closed", USERS, 0, WARM_UP_SECONDS);
        gatling(BASELINE, "closed", USERS, 0, WARM_UP_SECONDS);

        for (int run = 1; run <= RUNS; run++) {
            // Alternate which endpoint goes first, so neither always meets a freshly vacuumed or a tired database.
            for (String endpoint : run % 2 == 1 ? List.of(REFERRALS, BASELINE) : List.of(BASELINE, REFERRALS)) {
                runs.add(gatling(endpoint, "closed", USERS, run, SECONDS));
            }
        }
        double closedReferralRps = median(REFERRALS, "closed", USERS, Run::rps);
        for (double share : RATE_SHARES) {
            double rate = Math.max(1, Math.round(closedReferralRps * share));
            for (int run = 1; run <= RUNS; run++) {
                for (String endpoint : run % 2 == 1 ? List.of(REFERRALS, BASELINE) : List.of(BASELINE, REFERRALS)) {
                    runs.add(gatling(endpoint, "open", rate, run, SECONDS));
                }
            }
        }

        // Every answered referral is a stored referral: the load really wrote, and nothing was written twice.
        long answered = runs.stream().filter(r -> r.endpoint().equals(REFERRALS)).mapToLong(Run::ok).sum() + warmUpReferrals;
        assertEquals(answered, count("select count(*) from referral where municipality_reference like 'LOAD-%'") - referralsBefore);
        write();
    }

    private Run gatling(String endpoint, String model, double load, int run, int seconds) throws IOException, InterruptedException {
        Path results = Path.of("target/gatling");
        Files.createDirectories(results);
        Path console = results.resolve("console-%s-%s-%s-%d.txt".formatted(endpoint.replaceAll("\\W", ""), model, (long) load, run));
        String classes = LOAD_TESTS.resolve("classes") + ":" + Files.readString(LOAD_TESTS.resolve("gatling.classpath")).trim();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Xms256m", "-Xmx1g",
                "-Dload.baseUrl=http://localhost:" + RestAssured.port, "-Dload.token=" + Tokens.client("gemeente-utrecht"),
                "-Dload.path=" + endpoint, "-Dload.model=" + model, "-Dload." + ("open".equals(model) ? "rate" : "users") + "=" + load,
                "-Dload.seconds=" + seconds, "-cp", classes, "io.gatling.app.Gatling", "-s", "nl.opstap.load.ReferralSimulation",
                "-rf", results.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile()).start();
        int exit = process.waitFor();
        String output = Files.readString(console);
        assertEquals(0, exit, "Gatling failed, see " + console.toAbsolutePath());
        Run result = new Run(endpoint, model, load, run, column(output, "request count", 1), column(output, "request count", 2),
                column(output, "mean throughput \\(rps\\)", 1), column(output, "response time 50th percentile \\(ms\\)", 1),
                column(output, "response time 99th percentile \\(ms\\)", 1), column(output, "response time 99.9th percentile \\(ms\\)", 1));
        // A run that mostly failed measures the failure, not the endpoint.
        assertTrue(result.failed() <= result.ok() / 100, "more than 1% of the requests failed, see " + console.toAbsolutePath());
        if (run == 0 && endpoint.equals(REFERRALS)) {
            warmUpReferrals += result.ok();
        }
        System.out.printf("%s %s %.0f run %d: %d ok, %d failed, %.0f req/s, p50 %.0f ms, p99 %.0f ms, p99.9 %.0f ms%n", endpoint, model,
                load, run, result.ok(), result.failed(), result.rps(), result.p50(), result.p99(), result.p999());
        return result;
    }

    /** The version of the Gatling the runs used, read off its jar on their class path. */
    private static String gatlingVersion() throws IOException {
        Matcher jar = Pattern.compile("gatling-core-([0-9][^/:]*)\\.jar").matcher(Files.readString(LOAD_TESTS.resolve("gatling.classpath")));
        return jar.find() ? jar.group(1) : "unknown";
    }

    /** A figure from Gatling's console summary, "> name | total | OK | KO": column 1 is OK, 2 is KO ("-" is none). */
    private static long column(String output, String name, int column) {
        Matcher line = Pattern.compile("> " + name + "\\s*\\|([^|]*)\\|([^|]*)\\|(.*)").matcher(output);
        assertTrue(line.find(), "no '" + name + "' in Gatling's summary");
        String value = line.group(column + 1).trim().replace(",", "");
        return value.equals("-") ? 0 : Math.round(Double.parseDouble(value));
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private double median(String endpoint, String model, double load, ToDoubleFunction<Run> figure) {
        return BenchMachine.median(runs.stream().filter(r -> r.endpoint().equals(endpoint) && r.model().equals(model) && r.load() == load)
                .mapToDouble(figure).toArray());
    }

    private void write() throws IOException {
        Files.createDirectories(OUT);
        StringBuilder csv = new StringBuilder("endpoint,model,load,run,ok,failed,rps,p50_ms,p99_ms,p999_ms\n");
        for (Run r : runs) {
            csv.append("%s,%s,%.0f,%d,%d,%d,%.1f,%.0f,%.0f,%.0f%n".formatted(r.endpoint(), r.model(), r.load(), r.run(), r.ok(), r.failed(),
                    r.rps(), r.p50(), r.p99(), r.p999()));
        }
        Files.writeString(OUT.resolve("write-path-raw.csv"), csv);

        StringBuilder table = new StringBuilder("""
                | load | endpoint | req/s | p50 (ms) | p99 (ms) | p99.9 (ms) | failed |
                |---|---|---:|---:|---:|---:|---:|
                """);
        List<String> goals = new ArrayList<>();
        for (Run key : runs.stream().filter(r -> r.run() == 1 && r.endpoint().equals(REFERRALS))
                .sorted(Comparator.comparing(Run::model).thenComparingDouble(Run::load)).toList()) {
            String load = "closed".equals(key.model()) ? "closed, %d in flight".formatted((long) key.load())
                    : "open, %d new/s".formatted((long) key.load());
            for (String endpoint : List.of(REFERRALS, BASELINE)) {
                table.append("| %s | `POST %s` | %.0f | %.0f | %.0f | %.0f | %d |%n".formatted(load, endpoint,
                        median(endpoint, key.model(), key.load(), Run::rps), median(endpoint, key.model(), key.load(), Run::p50),
                        median(endpoint, key.model(), key.load(), Run::p99), median(endpoint, key.model(), key.load(), Run::p999),
                        runs.stream().filter(r -> r.endpoint().equals(endpoint) && r.model().equals(key.model()) && r.load() == key.load())
                                .mapToLong(Run::failed).sum()));
            }
            if ("closed".equals(key.model())) {
                double share = median(REFERRALS, "closed", key.load(), Run::rps) / median(BASELINE, "closed", key.load(), Run::rps);
                goals.add("- throughput, closed model: referrals at **%.0f%%** of the baseline's (goal ≥ 60%%): %s".formatted(100 * share,
                        share >= 0.6 ? "met" : "missed"));
            } else {
                double ratio = median(REFERRALS, "open", key.load(), Run::p99) / Math.max(1, median(BASELINE, "open", key.load(), Run::p99));
                goals.add("- p99 at %d new/s: referrals at **%.1f×** the baseline's (goal ≤ 2×): %s".formatted((long) key.load(), ratio,
                        ratio <= 2 ? "met" : "missed"));
            }
        }
        String report = """
                # Write path: municipal referrals

                Measured by `./deploy/local/bench.sh write` (`ReferralWriteBenchmark`, intake-service, Gatling %s) on %s: %s. \
                PostgreSQL, Kafka, Keycloak, the service and Gatling share the machine. Each figure is the median of %d runs of %d s \
                after a %d s warm-up per endpoint; the open-model rates are half and four fifths of the referral endpoint's \
                closed-model throughput in the same run. Gatling's response times are whole milliseconds, and a p99 of a baseline \
                below 1 ms counts as 1 ms in the ratio.

                - `POST /referrals`: validate, encrypt the BSN (AES-GCM) and its lookup hash (HMAC), the client record, the \
                referral and the `ReferralReceived` outbox row in one transaction, then an audit entry on the tenant's hash chain \
                (group-committed with those of concurrent calls).
                - `POST /bench/baseline-referrals` (baseline, test build only, on only in the benchmark's profile): the same \
                token check, body and validation, then one Panache insert of the same fields.

                %s
                %s

                Where the gap comes from (taken apart once, on 2026-11-24, with PostgreSQL's `pg_stat_statements` and \
                async-profiler; not measured by every run): in its transaction a referral looks up the municipal reference and the \
                BSN hash (and the Idempotency-Key when sent), inserts the client, the referral (five index entries and a foreign-key \
                check) and the outbox row, and commits; afterwards its audit entry is group-committed with those of concurrent calls \
                (about 2.6 per commit at 16 in flight), and the relay reads its outbox row and marks it sent (about 13 per round). \
                That came to 23 WAL records and 3.5 KB per referral against 3 records and 0.4 KB per baseline insert; per request \
                PostgreSQL used about four times and the service about twice the CPU of the baseline's, on 2 cores shared with \
                Gatling. The p99 ratio follows from the throughput gap: at the same arrival rate the referral endpoint runs at about \
                twice the utilisation of the baseline's (at the higher rate, four fifths of its own capacity), and a queue's tail \
                grows steeply with utilisation.

                Raw figures: [write-path-raw.csv](write-path-raw.csv); Gatling's HTML reports stay in `intake-service/target/gatling`.
                """.formatted(gatlingVersion(), LocalDate.now(), BenchMachine.describe(), RUNS,
                SECONDS, WARM_UP_SECONDS, table, String.join("\n", goals));
        Files.writeString(OUT.resolve("write-path.md"), report);
        System.out.println(report);
    }
}
