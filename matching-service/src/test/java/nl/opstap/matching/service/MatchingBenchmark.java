package nl.opstap.matching.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import nl.opstap.matching.domain.match.Match;
import nl.opstap.matching.domain.match.PostcodeAreas;
import nl.opstap.matching.domain.match.Ranking;
import nl.opstap.support.testing.BenchMachine;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * The matching benchmark (#8): never part of the test run (tag {@code bench}, see README "Benchmarks"). Generates
 * candidates and vacancies (seeded), loads them into PostgreSQL, rebuilds the index from the database as at start,
 * then times the index's two queries, checks the top 100 against a brute-force scan written apart from the index, and
 * times the obvious alternative, the same query in SQL, on the same data in the same run. Writes
 * docs/benchmarks/matching.md and docs/benchmarks/matching-raw.csv.
 */
@QuarkusTest
@Tag("bench")
class MatchingBenchmark {

    private static final String TENANT = "bench";
    private static final int CANDIDATES = Integer.getInteger("bench.candidates", 1_000_000);
    private static final int VACANCIES = Integer.getInteger("bench.vacancies", 100_000);
    private static final int QUERIES = Integer.getInteger("bench.queries", 200);
    private static final int SQL_QUERIES = Integer.getInteger("bench.sql-queries", 20);
    private static final long SEED = Long.getLong("bench.seed", 20261123L);
    private static final List<String> WORK_TYPES = List.of("groenvoorziening", "logistiek", "schoonmaak", "horeca", "productie",
            "zorg", "detailhandel", "bouw", "techniek", "administratie", "facilitair", "catering");
    private static final List<String> CERTIFICATES = List.of("VCA-basis", "VCA-VOL", "Heftruck", "HACCP", "BHV", "Rijbewijs B",
            "Rijbewijs C", "Reachtruck", "EHBO", "Hoogwerker");
    private static final List<String> LIMITS = List.of("NO_STANDING_WORK", "NO_STAIRS", "NO_HEAVY_LIFTING", "NO_OUTDOOR_WORK",
            "NO_NIGHT_SHIFTS", "NO_NOISY_ENVIRONMENT");
    private static final List<String> RIASEC_CODES = List.of("R", "RS", "SEC", "IAC", "CRE", "ES", "RIC", "SA");

    @Inject
    MatchIndexService index;

    @Test
    void matchOneVacancyAgainstAMillionProfiles() throws Exception {
        Random random = new Random(SEED);
        Map<String, float[]> areas = areas();
        List<String> areaCodes = new ArrayList<>(areas.keySet());
        areaCodes.sort(Comparator.naturalOrder());
        areaCodes.add("9999"); // an area without coordinates: travel unknown, the constraint is not applied
        List<Candidate> candidates = new ArrayList<>(CANDIDATES);
        for (int i = 0; i < CANDIDATES; i++) {
            candidates.add(Candidate.random(random, areaCodes));
        }
        List<Job> jobs = new ArrayList<>(VACANCIES);
        for (int i = 0; i < VACANCIES; i++) {
            jobs.add(Job.random(random, areaCodes));
        }
        Results results = new Results();
        results.areasWithCoordinates = areas.size();

        try (Connection db = connect()) {
            long loadStarted = System.nanoTime();
            load(db, candidates, jobs);
            results.note("Loaded %,d candidate profiles and %,d vacancies into PostgreSQL with COPY in %.1f s",
                    CANDIDATES, VACANCIES, seconds(loadStarted));

            // Rebuild as at start: the index is dropped and read back from the database.
            long heapBefore = heapAfterGc();
            long rebuildStarted = System.nanoTime();
            index.rebuild();
            double rebuildSeconds = seconds(rebuildStarted);
            long heapAfter = heapAfterGc();
            results.rebuildSeconds = rebuildSeconds;
            results.indexHeapBytes = heapAfter - heapBefore;

            // Top-100 candidates for one vacancy, out of the whole pool.
            List<Job> sample = new ArrayList<>();
            for (int i = 0; i < QUERIES; i++) {
                sample.add(jobs.get(random.nextInt(jobs.size())));
            }
            for (int i = 0; i < 30; i++) { // warm-up: the JIT compiles the scan first
                index.candidatesFor(TENANT, sample.get(i % sample.size()).id, 100, 5);
            }
            for (Job job : sample) {
                results.time("candidates-for-vacancy", () -> index.candidatesFor(TENANT, job.id, 100, 5).orElseThrow());
            }

            // Exact: the same top 100 as a brute-force scan written apart from the index.
            int exact = 0;
            List<Job> checked = sample.subList(0, Math.min(20, sample.size()));
            for (Job job : checked) {
                List<UUID> fromIndex = ids(index.candidatesFor(TENANT, job.id, 100, 0).orElseThrow().matches());
                List<UUID> bruteForce = BruteForce.top(job, candidates, areas, 100);
                assertEquals(bruteForce, fromIndex, "top 100 for vacancy " + job.id);
                exact++;
            }
            results.exactChecked = exact;

            // Top-20 vacancies for one candidate, out of all open vacancies.
            for (int i = 0; i < 10; i++) {
                index.vacanciesFor(TENANT, candidates.get(i).id, 20, 5);
            }
            for (int i = 0; i < QUERIES / 4; i++) {
                Candidate c = candidates.get(random.nextInt(candidates.size()));
                results.time("vacancies-for-candidate", () -> index.vacanciesFor(TENANT, c.id, 20, 5).orElseThrow());
            }

            // The obvious alternative: the same query in PostgreSQL, on the same rows.
            int sameTop = 0;
            try (PreparedStatement sql = db.prepareStatement(SqlBaseline.QUERY)) {
                for (int i = 0; i < SQL_QUERIES; i++) {
                    Job job = sample.get(i);
                    List<UUID> fromSql = results.time("sql-candidates-for-vacancy", () -> SqlBaseline.run(sql, db, job, areas));
                    if (sameScores(fromSql, index.candidatesFor(TENANT, job.id, 100, 0).orElseThrow(), job, candidates, areas)) {
                        sameTop++;
                    }
                }
            }
            results.sqlSameTop = sameTop;
            results.postgres = scalar(db, "select version()");
        }
        results.write(Path.of(System.getProperty("bench.out", "../docs/benchmarks")));
    }

    /** The SQL top 100 has the index's scores in the same order; ids may differ only within a tie (uuid order differs). */
    private static boolean sameScores(List<UUID> fromSql, Ranking fromIndex, Job job, List<Candidate> all, Map<String, float[]> areas) {
        Map<UUID, Candidate> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id, c));
        List<Long> sqlScores = fromSql.stream().map(id -> BruteForce.score(job, byId.get(id))).toList();
        List<Long> indexScores = ids(fromIndex.matches()).stream().map(id -> BruteForce.score(job, byId.get(id))).toList();
        return sqlScores.equals(indexScores);
    }

    private static List<UUID> ids(List<Match> matches) {
        return matches.stream().map(Match::id).toList();
    }

    // ---------------------------------------------------------------------------------------------- data

    /** A candidate as stored in candidate_profile. */
    record Candidate(UUID id, Integer hours, String area, Integer travelMinutes, List<String> limits, List<String> certificates,
            Integer wage, LocalDate availableFrom, List<String> workTypes, Integer[] competences, int[] riasec) {

        static Candidate random(Random r, List<String> areas) {
            int[] riasec = new int[6];
            for (int i = 0; i < 6; i++) {
                riasec[i] = r.nextInt(101);
            }
            return new Candidate(new UUID(r.nextLong(), r.nextLong()), r.nextInt(10) == 0 ? null : 8 + r.nextInt(33), pick(r, areas),
                    r.nextInt(10) == 0 ? null : 10 + r.nextInt(110), some(r, LIMITS, 2), some(r, CERTIFICATES, 3),
                    r.nextInt(20) == 0 ? null : 30 + r.nextInt(71), LocalDate.of(2026, 1, 1).plusDays(r.nextInt(700)),
                    some(r, WORK_TYPES, 3), new Integer[] {1 + r.nextInt(5), 1 + r.nextInt(5), r.nextBoolean() ? null : 1 + r.nextInt(5),
                        1 + r.nextInt(5)}, riasec);
        }

        Integer maxKm() {
            return travelMinutes == null ? null : travelMinutes / MatchIndexService.TRAVEL_MINUTES_PER_KM;
        }

        String riasecText() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                text.append(i == 0 ? "" : ",").append("RIASEC".charAt(i)).append(':').append(riasec[i]);
            }
            return text.toString();
        }
    }

    /** A vacancy as stored in the vacancy projection. */
    record Job(UUID id, String workType, Integer minHours, int hours, String area, LocalDate endDate, int minWage, List<String> demands,
            List<String> required, List<String> wished, Integer[] requiredLevels, String riasecCode) {

        static Job random(Random r, List<String> areas) {
            int max = 16 + r.nextInt(25);
            return new Job(new UUID(r.nextLong(), r.nextLong()), pick(r, WORK_TYPES), r.nextBoolean() ? null : max - r.nextInt(12), max,
                    pick(r, areas), r.nextBoolean() ? null : LocalDate.of(2026, 6, 1).plusDays(r.nextInt(700)), 30 + r.nextInt(40),
                    some(r, LIMITS, 1), some(r, CERTIFICATES, 1), some(r, CERTIFICATES, 2),
                    new Integer[] {r.nextBoolean() ? null : 1 + r.nextInt(5), 1 + r.nextInt(5), null, 1 + r.nextInt(5)},
                    pick(r, RIASEC_CODES));
        }

        int effectiveMinHours() {
            return minHours != null ? minHours : hours;
        }
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static <T> List<T> some(Random r, List<T> values, int atMost) {
        List<T> chosen = new ArrayList<>();
        int n = r.nextInt(atMost + 1);
        for (int i = 0; i < n; i++) {
            T v = pick(r, values);
            if (!chosen.contains(v)) {
                chosen.add(v);
            }
        }
        return chosen;
    }

    // ---------------------------------------------------------------------------------------------- reference

    /** The ranking by its definition (README, Matching), one candidate at a time; shares no code with the index. */
    static final class BruteForce {

        static List<UUID> top(Job job, List<Candidate> candidates, Map<String, float[]> areas, int k) {
            record Scored(UUID id, long score) {
            }
            List<Scored> eligible = new ArrayList<>();
            for (Candidate c : candidates) {
                if (passes(job, c, areas)) {
                    eligible.add(new Scored(c.id, score(job, c)));
                }
            }
            eligible.sort(Comparator.comparingLong((Scored s) -> -s.score()).thenComparing(Scored::id));
            return eligible.stream().limit(k).map(Scored::id).toList();
        }

        static boolean passes(Job job, Candidate c, Map<String, float[]> areas) {
            if (c.hours != null && c.hours < job.effectiveMinHours()) {
                return false;
            }
            float[] from = areas.get(c.area);
            float[] to = areas.get(job.area);
            if (from != null && to != null && c.maxKm() != null && PostcodeAreas.distanceKm(from[0], from[1], to[0], to[1]) > c.maxKm()) {
                return false;
            }
            if (c.limits.stream().anyMatch(job.demands::contains) || !c.certificates.containsAll(job.required)) {
                return false;
            }
            if (c.wage != null && c.wage < job.minWage) {
                return false;
            }
            return job.endDate == null || c.availableFrom.isBefore(job.endDate);
        }

        /** 3 × work type + 3 × competences + 2 × RIASEC + 1 × wished certificates, each 0-1000. */
        static long score(Job job, Candidate c) {
            int workType = c.workTypes.contains(job.workType) ? 1000 : 0;
            int sum = 0;
            int count = 0;
            for (int i = 0; i < 4; i++) {
                Integer required = job.requiredLevels[i];
                if (required != null && required > 0) {
                    count++;
                    int level = c.competences[i] == null ? 0 : c.competences[i];
                    sum += Math.min(1000, level * 1000 / required);
                }
            }
            int competences = count == 0 ? 0 : sum / count;
            int weights = 0;
            int interest = 0;
            for (int i = 0; i < job.riasecCode.length() && i < 3; i++) {
                int letter = "RIASEC".indexOf(job.riasecCode.charAt(i));
                weights += 3 - i;
                interest += (3 - i) * c.riasec[letter] * 10;
            }
            int riasec = weights == 0 ? 0 : interest / weights;
            int held = (int) job.wished.stream().filter(c.certificates::contains).count();
            int wished = job.wished.isEmpty() ? 0 : held * 1000 / job.wished.size();
            return 3L * workType + 3L * competences + 2L * riasec + wished;
        }
    }

    // ---------------------------------------------------------------------------------------------- SQL baseline

    /** The same filters and score as one SQL statement over candidate_profile, ORDER BY score LIMIT 100. */
    static final class SqlBaseline {

        static final String QUERY = """
                with v as (select ?::int min_hours, ?::int min_wage, ?::text[] demands, ?::text[] required, ?::text[] wished,
                                  ?::date end_date, ?::text work_type, ?::real lat, ?::real lon,
                                  ?::int req_s, ?::int req_m, ?::int req_w, ?::int req_l, ?::int req_count,
                                  ?::int w_r, ?::int w_i, ?::int w_a, ?::int w_s, ?::int w_e, ?::int w_c, ?::int w_sum),
                     c as (select p.*, string_to_array(coalesce(p.certificates, ''), ',') certs, a.lat a_lat, a.lon a_lon
                           from candidate_profile p left join bench_postcode_area a on a.area = p.postcode_area
                           where p.tenant = 'bench' and p.pool_status = 'AVAILABLE')
                select c.client_id,
                       3 * (case when v.work_type = any(string_to_array(c.work_types, ',')) then 1000 else 0 end)
                     + 3 * (case when v.req_count = 0 then 0 else (
                              (case when v.req_s > 0 then least(1000, coalesce(c.competence_social, 0) * 1000 / v.req_s) else 0 end)
                            + (case when v.req_m > 0 then least(1000, coalesce(c.competence_motivation, 0) * 1000 / v.req_m) else 0 end)
                            + (case when v.req_w > 0 then least(1000, coalesce(c.competence_work, 0) * 1000 / v.req_w) else 0 end)
                            + (case when v.req_l > 0 then least(1000, coalesce(c.competence_learning, 0) * 1000 / v.req_l) else 0 end)
                            ) / v.req_count end)
                     + 2 * (case when v.w_sum = 0 then 0 else (
                              v.w_r * coalesce(substring(c.riasec from 'R:([0-9]+)')::int, 0) * 10
                            + v.w_i * coalesce(substring(c.riasec from 'I:([0-9]+)')::int, 0) * 10
                            + v.w_a * coalesce(substring(c.riasec from 'A:([0-9]+)')::int, 0) * 10
                            + v.w_s * coalesce(substring(c.riasec from 'S:([0-9]+)')::int, 0) * 10
                            + v.w_e * coalesce(substring(c.riasec from 'E:([0-9]+)')::int, 0) * 10
                            + v.w_c * coalesce(substring(c.riasec from 'C:([0-9]+)')::int, 0) * 10) / v.w_sum end)
                     + (case when cardinality(v.wished) = 0 then 0
                             else cardinality(array(select unnest(v.wished) intersect select unnest(c.certs))) * 1000 / cardinality(v.wished) end)
                       as score
                from c, v
                where (c.hours_per_week is null or c.hours_per_week >= v.min_hours)
                  and (c.wage_value_percent is null or c.wage_value_percent >= v.min_wage)
                  and (v.end_date is null or c.available_from is null or c.available_from < v.end_date)
                  and not (string_to_array(coalesce(c.physical_limits, ''), ',') && v.demands)
                  and c.certs @> v.required
                  and (c.a_lat is null or v.lat is null or c.max_travel_minutes is null
                       or round(sqrt(power((v.lon - c.a_lon) * cos(radians((c.a_lat + v.lat) / 2.0)), 2) + power(v.lat - c.a_lat, 2)) * 111.2)
                          <= c.max_travel_minutes / 2)
                order by score desc, c.client_id
                limit 100""";

        static List<UUID> run(PreparedStatement sql, Connection db, Job job, Map<String, float[]> areas) {
            try {
                float[] at = areas.get(job.area);
                int p = 1;
                sql.setInt(p++, job.effectiveMinHours());
                sql.setInt(p++, job.minWage);
                sql.setArray(p++, array(db, job.demands));
                sql.setArray(p++, array(db, job.required));
                sql.setArray(p++, array(db, job.wished));
                sql.setObject(p++, job.endDate);
                sql.setString(p++, job.workType);
                sql.setObject(p++, at == null ? null : at[0], Types.REAL);
                sql.setObject(p++, at == null ? null : at[1], Types.REAL);
                int count = 0;
                for (int i = 0; i < 4; i++) {
                    int level = job.requiredLevels[i] == null ? 0 : job.requiredLevels[i];
                    count += level > 0 ? 1 : 0;
                    sql.setInt(p++, level);
                }
                sql.setInt(p++, count);
                int[] weights = new int[6];
                int sum = 0;
                for (int i = 0; i < job.riasecCode.length() && i < 3; i++) {
                    weights["RIASEC".indexOf(job.riasecCode.charAt(i))] += 3 - i;
                    sum += 3 - i;
                }
                for (int w : weights) {
                    sql.setInt(p++, w);
                }
                sql.setInt(p, sum);
                List<UUID> ids = new ArrayList<>();
                try (ResultSet rows = sql.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class));
                    }
                }
                return ids;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Array array(Connection db, List<String> values) throws SQLException {
            return db.createArrayOf("text", values.toArray());
        }
    }

    // ---------------------------------------------------------------------------------------------- plumbing

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    private static void load(Connection db, List<Candidate> candidates, List<Job> jobs) throws SQLException, IOException {
        try (Statement s = db.createStatement()) {
            s.execute("delete from candidate_profile where tenant = 'bench'");
            s.execute("delete from vacancy where tenant = 'bench'");
            s.execute("create table if not exists bench_postcode_area (area varchar(4) primary key, lat real, lon real)");
            s.execute("truncate bench_postcode_area");
        }
        var copy = db.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder areaRows = new StringBuilder();
        areas().forEach((area, at) -> areaRows.append(area).append(',').append(at[0]).append(',').append(at[1]).append('\n'));
        copy.copyIn("copy bench_postcode_area from stdin with (format csv)", new StringReader(areaRows.toString()));

        String now = Instant.now().toString();
        StringBuilder rows = new StringBuilder();
        String columns = "client_id, tenant, programme_id, target_group, wage_value_percent, hours_per_week, postcode_area, "
                + "max_travel_minutes, work_types, physical_limits, admitted_on, updated_at, competence_social, competence_motivation, "
                + "competence_work, competence_learning, riasec, certificates, pool_status, available_from";
        UUID programme = UUID.nameUUIDFromBytes("bench".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            rows.append(c.id).append(",bench,").append(programme).append(",PARTICIPATIEWET,").append(n(c.wage)).append(',')
                    .append(n(c.hours)).append(',').append(c.area).append(',').append(n(c.travelMinutes)).append(',')
                    .append(list(c.workTypes)).append(',').append(list(c.limits)).append(",2026-01-05,").append(now).append(',')
                    .append(n(c.competences[0])).append(',').append(n(c.competences[1])).append(',').append(n(c.competences[2]))
                    .append(',').append(n(c.competences[3])).append(",\"").append(c.riasecText()).append("\",").append(list(c.certificates))
                    .append(",AVAILABLE,").append(c.availableFrom).append('\n');
            if (rows.length() > 8_000_000 || i == candidates.size() - 1) {
                copy.copyIn("copy candidate_profile (" + columns + ") from stdin with (format csv)", new StringReader(rows.toString()));
                rows.setLength(0);
            }
        }
        String vacancyColumns = "vacancy_id, tenant, employer_id, published, title, work_type, hours_per_week_min, hours_per_week, "
                + "postcode_area, end_date, min_wage_value_percent, physical_demands, required_certificates, wished_certificates, "
                + "required_social, required_motivation, required_work, required_learning, riasec_code, published_on, updated_at";
        for (int i = 0; i < jobs.size(); i++) {
            Job j = jobs.get(i);
            rows.append(j.id).append(",bench,").append(j.id).append(",true,Bench,").append(j.workType).append(',').append(n(j.minHours))
                    .append(',').append(j.hours).append(',').append(j.area).append(',').append(n(j.endDate)).append(',').append(j.minWage)
                    .append(',').append(list(j.demands)).append(',').append(list(j.required)).append(',').append(list(j.wished))
                    .append(',').append(n(j.requiredLevels[0])).append(',').append(n(j.requiredLevels[1])).append(',')
                    .append(n(j.requiredLevels[2])).append(',').append(n(j.requiredLevels[3])).append(',').append(j.riasecCode)
                    .append(",2026-11-01,").append(now).append('\n');
            if (rows.length() > 8_000_000 || i == jobs.size() - 1) {
                copy.copyIn("copy vacancy (" + vacancyColumns + ") from stdin with (format csv)", new StringReader(rows.toString()));
                rows.setLength(0);
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("analyze candidate_profile");
            s.execute("analyze vacancy");
        }
    }

    private static String n(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? "" : "\"" + String.join(",", values) + "\"";
    }

    /** The coordinates table the index uses, read from the same file. */
    private static Map<String, float[]> areas() throws IOException {
        Map<String, float[]> areas = new HashMap<>();
        try (InputStream in = MatchingBenchmark.class.getResourceAsStream("/matching/postcode-areas.csv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
                String[] f = l.split(",");
                areas.put(f[0], new float[] {Float.parseFloat(f[1]), Float.parseFloat(f[2])});
            });
        }
        return areas;
    }

    private static String scalar(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** Latencies per query kind, and the figures that go into the report. */
    static final class Results {
        final Map<String, List<Double>> millis = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();
        double rebuildSeconds;
        long indexHeapBytes;
        int exactChecked;
        int sqlSameTop;
        int areasWithCoordinates;
        String postgres;

        <T> T time(String kind, Supplier<T> query) {
            long started = System.nanoTime();
            T result = query.get();
            millis.computeIfAbsent(kind, k -> new ArrayList<>()).add((System.nanoTime() - started) / 1e6);
            return result;
        }

        void note(String format, Object... args) {
            notes.add(String.format(Locale.ROOT, format, args));
        }

        double percentile(String kind, double p) {
            return BenchMachine.percentile(millis.get(kind).stream().mapToDouble(Double::doubleValue).sorted().toArray(), p);
        }

        void write(Path dir) throws IOException {
            Files.createDirectories(dir);
            StringBuilder raw = new StringBuilder("query,run,millis\n");
            millis.forEach((kind, values) -> {
                for (int i = 0; i < values.size(); i++) {
                    raw.append(kind).append(',').append(i + 1).append(',').append(String.format(Locale.ROOT, "%.3f", values.get(i))).append('\n');
                }
            });
            Files.writeString(dir.resolve("matching-raw.csv"), raw.toString());

            double indexMedian = percentile("candidates-for-vacancy", 50);
            double indexP99 = percentile("candidates-for-vacancy", 99);
            double sqlMedian = percentile("sql-candidates-for-vacancy", 50);
            Runtime rt = Runtime.getRuntime();
            String md = """
                    # Matching benchmark

                    Generated by `./deploy/local/bench.sh` (the `bench` profile of matching-service, `MatchingBenchmark`); never part of
                    the test run. Raw latencies: [matching-raw.csv](matching-raw.csv).

                    | | |
                    |---|---|
                    | date | %s |
                    | machine | %s, %d cores visible to the JVM, %s RAM |
                    | Java | %s (%s), max heap %d MB |
                    | PostgreSQL | %s |
                    | data | %,d candidate profiles, %,d open vacancies, one organisation, seed %d; %d four-digit postcode areas with coordinates |

                    ## Results

                    | measure | goal | result |
                    |---|---|---|
                    | top-100 candidates for one vacancy (with 5 near misses), median | ≤ 20 ms | **%.1f ms** |
                    | same, p99 (%d queries after warm-up) | ≤ 50 ms | **%.1f ms** |
                    | exact: top 100 equal to a brute-force scan | all | **%d of %d vacancies checked identical** |
                    | top-20 vacancies for one candidate, median (%d queries) | ≤ 5 ms | **%.1f ms** (p99 %.1f ms) |
                    | index heap for the profiles and vacancies (after GC, difference) | ≤ 600 MB | **%d MB** |
                    | rebuild of the index from PostgreSQL | ≤ 60 s | **%.1f s** |
                    | baseline: the same query in SQL (filters, score expression, ORDER BY ... LIMIT 100), median of %d | | **%.0f ms** (p99 %.0f ms) |
                    | ratio SQL median / index median | ≥ 20× | **%.0f×** |
                    | SQL top 100 with the same scores in the same order as the index | | %d of %d (ids may differ only within ties: PostgreSQL orders uuids unsigned, the index signed) |

                    %s
                    """.formatted(Instant.now(), BenchMachine.cpu(), rt.availableProcessors(), BenchMachine.memory(), System.getProperty("java.version"),
                    System.getProperty("java.vm.name"), rt.maxMemory() / (1024 * 1024), postgres, CANDIDATES, VACANCIES, SEED,
                    areasWithCoordinates, indexMedian, millis.get("candidates-for-vacancy").size(), indexP99, exactChecked, exactChecked,
                    millis.get("vacancies-for-candidate").size(), percentile("vacancies-for-candidate", 50),
                    percentile("vacancies-for-candidate", 99), indexHeapBytes / (1024 * 1024), rebuildSeconds, SQL_QUERIES, sqlMedian,
                    percentile("sql-candidates-for-vacancy", 99), sqlMedian / indexMedian, sqlSameTop, SQL_QUERIES,
                    String.join("\n", notes.stream().map(n -> "- " + n).toList()));
            Files.writeString(dir.resolve("matching.md"), md);
            System.out.println(md);
        }
    }
}
