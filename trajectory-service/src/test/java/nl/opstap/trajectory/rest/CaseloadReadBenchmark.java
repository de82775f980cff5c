package nl.opstap.trajectory.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import nl.opstap.support.testing.BenchMachine;
import nl.opstap.support.testing.Tokens;
import nl.opstap.trajectory.repository.DevelopmentPlanRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The read-path benchmark (#12): a coach's caseload ({@code GET /trajectories?coach=..&status=ACTIVE}, first page of
 * 20, with signals and an audit entry per client shown) while the tenant holds {@code bench.trajectories} (100,000)
 * trajectories, 50 per coach, asked by {@code bench.users} (50) users at once, paced by a think time and saturated
 * without one. Baseline in the same
 * run: the same users sending the page's SQL (page and count) straight to PostgreSQL over JDBC. Each figure is the
 * median of {@code bench.runs} runs. Never part of the test run (tag {@code bench}); {@code ./deploy/local/bench.sh read}
 * runs it and writes docs/benchmarks/read-path.md (with the query plans) and read-path-raw.csv.
 */
@QuarkusTest
@Tag("bench")
class CaseloadReadBenchmark {

    private static final int TRAJECTORIES = Integer.getInteger("bench.trajectories", 100_000);
    private static final int PER_COACH = 50;
    private static final int COACHES = TRAJECTORIES / PER_COACH;
    private static final int USERS = Integer.getInteger("bench.users", 50);
    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    // Long enough for the JIT to finish: after a 10 s warm-up its compiler threads still took a third of the service's
    // CPU during the first measured run, and after 60 s the saturated throughput still rose from run to run.
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warm-up-seconds", 120);
    // A coach reads a page before asking the next one: the paced runs wait this long on average (exponentially
    // distributed) between a user's requests; the saturated runs not at all.
    private static final int THINK_MILLIS = Integer.getInteger("bench.think-millis", 1000);
    private static final Path OUT = Path.of(System.getProperty("bench.out", "target/benchmarks"));
    private static final String TENANT = "uw";
    private static final String PAGE_SQL = """
            select * from trajectory where tenant = ? and coach = ? and status = 'ACTIVE'
            order by planned_end_on, id offset 0 rows fetch first 20 rows only""";
    private static final String COUNT_SQL = "select count(*) from trajectory where tenant = ? and coach = ? and status = 'ACTIVE'";

    /** One run of one path: answers, throughput and latency percentiles in milliseconds. */
    record Run(String path, int run, long requests, long failed, double perSecond, double p50, double p99, double p999) {
    }

    @Inject
    AgroalDataSource dataSource;

    private final List<Run> runs = new ArrayList<>();
    // HTTP/1.1 as a browser speaks it to a plain-HTTP service: the client's default would upgrade to HTTP/2 (h2c) and carry
    // all 50 users over one connection, which no front-end does.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void coachesReadTheirCaseloadsInABigTenant() throws Exception {
        seed();
        String token = Tokens.user("uw-jobcoach");
        // One answer checked: a coach's first page holds 20 of as many active trajectories as the database has for them.
        HttpResponse<String> sample = http.send(caseload(token, "coach-0007"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sample.statusCode());
        assertTrue(sample.body().contains("\"totalItems\":" + activeOf("coach-0007") + ","), "the caseload counts what the database holds");
        assertEquals(20, sample.body().split("\"coach\":\"coach-0007\"", -1).length - 1, "a full first page");

        measure("warm-up", 0, WARM_UP_SECONDS, 0, () -> endpoint(token));
        measure("warm-up", 0, 5, 0, this::sql);
        for (int run = 1; run <= RUNS; run++) {
            runs.add(measure("endpoint", run, SECONDS, 0, () -> endpoint(token)));
            runs.add(measure("sql", run, SECONDS, 0, this::sql));
            runs.add(measure("endpoint-paced", run, SECONDS, THINK_MILLIS, () -> endpoint(token)));
            runs.add(measure("sql-paced", run, SECONDS, THINK_MILLIS, this::sql));
        }
        write(explain());
    }

    /** One request of one user; false when it was answered with an error. */
    interface Call {
        boolean once() throws Exception;
    }

    private boolean endpoint(String token) throws Exception {
        return http.send(caseload(token, randomCoach()), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private boolean sql() throws SQLException {
        String coach = randomCoach();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement page = connection.prepareStatement(PAGE_SQL)) {
                page.setString(1, TENANT);
                page.setString(2, coach);
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
            }
            try (PreparedStatement count = connection.prepareStatement(COUNT_SQL)) {
                count.setString(1, TENANT);
                count.setString(2, coach);
                try (ResultSet rows = count.executeQuery()) {
                    return rows.next();
                }
            }
        }
    }

    private long activeOf(String coach) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement count = connection.prepareStatement(COUNT_SQL)) {
            count.setString(1, TENANT);
            count.setString(2, coach);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private HttpRequest caseload(String token, String coach) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/trajectories?coach=" + coach
                + "&status=ACTIVE&page=0&size=20")).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static String randomCoach() {
        return "coach-%04d".formatted(ThreadLocalRandom.current().nextInt(COACHES));
    }

    /**
     * {@link #USERS} threads calling for {@code seconds}, each pausing a random think time of {@code meanThinkMillis} on
     * average after every answer (0: no pause); every latency kept, think time excluded.
     */
    private Run measure(String path, int run, int seconds, int meanThinkMillis, Call call) throws Exception {
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> results = new ArrayList<>();
        AtomicLong failed = new AtomicLong();
        for (int u = 0; u < USERS; u++) {
            results.add(users.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                if (meanThinkMillis > 0) {
                    // Each user starts as if already at work, mid-way through reading a page: without this pause all users
                    // asked at the same instant, and the last of that one burst of 50 waited for the other 49 (~50 ms at
                    // ~1,000 answers/s), which made up the paced run's p99 and p99.9 on its own.
                    think(meanThinkMillis);
                }
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    if (!call.once()) {
                        failed.incrementAndGet();
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - start;
                    if (meanThinkMillis > 0) {
                        think(meanThinkMillis);
                    }
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> result : results) {
            long[] part = result.get();
            long[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        users.shutdown();
        double[] millis = Arrays.stream(all).mapToDouble(nanos -> nanos / 1e6).sorted().toArray();
        Run result = new Run(path, run, all.length, failed.get(), all.length / (double) seconds, BenchMachine.percentile(millis, 50),
                BenchMachine.percentile(millis, 99), BenchMachine.percentile(millis, 99.9));
        System.out.printf("%s run %d: %d requests (%d failed), %.0f/s, p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms%n", path, run,
                result.requests(), result.failed(), result.perSecond(), result.p50(), result.p99(), result.p999());
        return result;
    }

    /** A think time, exponentially distributed around the mean: users pause independently of each other. */
    private static void think(int meanMillis) throws InterruptedException {
        Thread.sleep((long) (-meanMillis * Math.log(1 - ThreadLocalRandom.current().nextDouble())));
    }

    /** 100,000 trajectories of one tenant, 50 per coach: about 60% active (each with a signed plan of three goals), the rest in aftercare or ended. */
    private void seed() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into programme_version (programme_id, version, tenant, name, definition, published_at, published_by)
                    values ('00000000-0000-0000-0000-0000000000b1', 1, 'uw', 'Bench programme', '{}'::jsonb, now(), 'bench')
                    on conflict do nothing""");
            sql.execute("""
                    insert into trajectory (id, tenant, client_id, programme_id, programme_version, coach, status, phase,
                                            started_on, planned_end_on, ended_on, next_review_on, last_activity_at)
                    select gen_random_uuid(), 'uw', gen_random_uuid(), '00000000-0000-0000-0000-0000000000b1', 1,
                           'coach-' || lpad((i %% %d)::text, 4, '0'),
                           case when i / %d %% 20 < 12 then 'ACTIVE' when i / %d %% 20 < 15 then 'IN_AFTERCARE' else 'CLOSED' end,
                           'Werkfit', current_date - (i %% 700), current_date - (i %% 700) + 365,
                           case when i / %d %% 20 >= 15 then current_date - (i %% 30) end,
                           current_date - 30 + (i %% 90), now() - make_interval(days => i %% 60)
                    from generate_series(0, %d) i""".formatted(COACHES, COACHES, COACHES, COACHES, TRAJECTORIES - 1));
            sql.execute("""
                    insert into development_plan (id, trajectory_id, plan_version, priority, created_at, created_by,
                                                  client_signed_at, client_signed_by, coach_signed_at, coach_signed_by)
                    select gen_random_uuid(), id, 1, 'LABOUR_MARKET_CHANCES', now(), coach, now(), coach, now(), coach
                    from trajectory where status = 'ACTIVE'""");
            sql.execute("""
                    insert into plan_goal (id, plan_id, position, category, description, measurable_target, due_on, status)
                    select gen_random_uuid(), p.id, g, 'DEVELOPMENT', 'Goal ' || g, 'Target ' || g, current_date - 45 + 30 * g, 'OPEN'
                    from development_plan p cross join generate_series(1, 3) g""");
            sql.execute("analyze");
        }
    }

    /** The query plans of the caseload's statements, as PostgreSQL runs them with this data. */
    private String explain() throws SQLException {
        StringBuilder plans = new StringBuilder();
        try (Connection connection = dataSource.getConnection()) {
            Array pageIds = connection.createArrayOf("uuid", pageOf(connection, "coach-0007").toArray());
            for (String query : List.of(PAGE_SQL, COUNT_SQL, DevelopmentPlanRepository.OPEN_GOALS_OF_CURRENT_PLANS)) {
                try (PreparedStatement statement = connection.prepareStatement("explain (analyze, buffers) " + query)) {
                    if (query.equals(DevelopmentPlanRepository.OPEN_GOALS_OF_CURRENT_PLANS)) {
                        statement.setArray(1, pageIds);
                    } else {
                        statement.setString(1, TENANT);
                        statement.setString(2, "coach-0007");
                    }
                    plans.append("```\n").append(query.strip()).append("\n\n");
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            plans.append(rows.getString(1)).append('\n');
                        }
                    }
                    plans.append("```\n\n");
                }
            }
        }
        return plans.toString();
    }

    /** The trajectory ids on a coach's first page. */
    private static List<UUID> pageOf(Connection connection, String coach) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement page = connection.prepareStatement(PAGE_SQL)) {
            page.setString(1, TENANT);
            page.setString(2, coach);
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject("id", UUID.class));
                }
            }
        }
        return ids;
    }

    private double median(String path, ToDoubleFunction<Run> figure) {
        return BenchMachine.median(runs.stream().filter(r -> r.path().equals(path)).mapToDouble(figure).toArray());
    }

    private long failed(String path) {
        return runs.stream().filter(r -> r.path().equals(path)).mapToLong(Run::failed).sum();
    }

    private void write(String plans) throws IOException {
        Files.createDirectories(OUT);
        StringBuilder csv = new StringBuilder("path,run,requests,failed,per_second,p50_ms,p99_ms,p999_ms\n");
        runs.forEach(r -> csv.append("%s,%d,%d,%d,%.1f,%.2f,%.2f,%.2f%n".formatted(r.path(), r.run(), r.requests(), r.failed(), r.perSecond(), r.p50(),
                r.p99(), r.p999())));
        Files.writeString(OUT.resolve("read-path-raw.csv"), csv);
        double p99 = median("endpoint-paced", Run::p99);
        double saturatedP99 = median("endpoint", Run::p99);
        String report = """
                # Read path: a coach's caseload

                Measured by `./deploy/local/bench.sh read` (`CaseloadReadBenchmark`, trajectory-service) on %s: %s. PostgreSQL, \
                Kafka, Keycloak, the service and the load (Java HTTP client, same JVM as the service) share the machine.

                %,d trajectories in one tenant, 50 per coach (%,d coaches), 60%% active with a signed plan of three goals. %d users \
                at once, each asking a random coach's active caseload, first page of 20 \
                (`GET /trajectories?coach=…&status=ACTIVE&page=0&size=20`: token check over HTTP/1.1, page and count query, the \
                open goals of the current plans, signals, and one audit entry naming the clients shown). Two load shapes: \
                **at work**, each user pausing a think time of %,d ms on average (exponentially distributed) after every answer, \
                as a coach reads a page before the next, and once before the first, so that users do not all ask at the same \
                instant; **saturated**, no pause at all, every user always waiting for an answer, \
                which measures capacity. Baseline in the same run: the same users sending only the page and count SQL over \
                JDBC. Medians of %d runs of %d s each after a %d s warm-up.

                | load | path | requests/s | p50 (ms) | p99 (ms) | p99.9 (ms) | failed (all runs) |
                |---|---|---:|---:|---:|---:|---:|
                | at work | `GET /trajectories` (the endpoint) | %.0f | %.1f | **%.1f** | %.1f | %d |
                | at work | baseline: page + count SQL over JDBC | %.0f | %.1f | %.1f | %.1f | %d |
                | saturated | `GET /trajectories` (the endpoint) | %.0f | %.1f | **%.1f** | %.1f | %d |
                | saturated | baseline: page + count SQL over JDBC | %.0f | %.1f | %.1f | %.1f | %d |

                Goal: p99 under 50 ms at %d users, no failures: **%s** with users at work (%.1f ms, %.1f× the bare SQL's). \
                Saturated, the p99 is %.1f ms: with %d requests always in flight a request waits for the others, so its \
                median is at least %d / throughput (Little's law; here %.0f ms), and a median under 50 ms alone would take more than \
                %,.0f requests/s.

                ## Query plans (EXPLAIN ANALYZE, coach-0007)

                %s
                Raw figures: [read-path-raw.csv](read-path-raw.csv).
                """.formatted(LocalDate.now(), BenchMachine.describe(), TRAJECTORIES, COACHES, USERS, THINK_MILLIS, RUNS, SECONDS,
                WARM_UP_SECONDS,
                median("endpoint-paced", Run::perSecond), median("endpoint-paced", Run::p50), p99, median("endpoint-paced", Run::p999),
                failed("endpoint-paced"),
                median("sql-paced", Run::perSecond), median("sql-paced", Run::p50), median("sql-paced", Run::p99),
                median("sql-paced", Run::p999), failed("sql-paced"),
                median("endpoint", Run::perSecond), median("endpoint", Run::p50), saturatedP99, median("endpoint", Run::p999),
                failed("endpoint"),
                median("sql", Run::perSecond), median("sql", Run::p50), median("sql", Run::p99), median("sql", Run::p999), failed("sql"),
                USERS, p99 < 50 && failed("endpoint-paced") == 0 ? "met" : "missed", p99, p99 / median("sql-paced", Run::p99),
                saturatedP99, USERS, USERS, 1000.0 * USERS / median("endpoint", Run::perSecond), 1000.0 * USERS / 50, plans);
        Files.writeString(OUT.resolve("read-path.md"), report);
        System.out.println(report);
    }
}
