package nl.opstap.matching.domain.match;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.opstap.events.vocabulary.PhysicalLimit;
import org.junit.jupiter.api.Test;

class CandidatePoolTest {

    static final PostcodeAreas AREAS = PostcodeAreas.fromClasspath();
    static final String UTRECHT = "3511";
    static final String AMERSFOORT = "3811"; // 20 km from Utrecht centrum in the table
    static final List<String> AREA_CODES = List.of("3511", "3526", "3531", "3542", "3811", "3431", "1012", "3011", "9999");
    static final List<String> WORK_TYPES = List.of("groenvoorziening", "logistiek", "schoonmaak", "horeca", "productie");
    static final List<String> CERTIFICATES = List.of("VCA-basis", "Heftruck", "HACCP", "BHV", "Rijbewijs B");

    @Test
    void topHundredIsExactlyTheBruteForceTopHundred() {
        Random random = new Random(20261123);
        CandidatePool pool = new CandidatePool(AREAS, 16);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            CandidateData c = randomCandidate(random);
            pool.put(c);
            ids.add(c.clientId());
        }
        for (int i = 0; i < 500; i++) { // removals move the last slot into the hole: the ranking must not notice
            pool.remove(ids.get(random.nextInt(ids.size())));
        }
        assertRanksAsTheBruteForce(pool, random, 20);
    }

    @Test
    void aPoolLargeEnoughToScanInTwoHalvesRanksExactlyAsOneScan() {
        Random random = new Random(20261125);
        CandidatePool pool = new CandidatePool(AREAS, 16);
        for (int i = 0; i < CandidatePool.PARALLEL_FROM + 5_000; i++) {
            pool.put(randomCandidate(random));
        }
        assertRanksAsTheBruteForce(pool, random, 5);
    }

    /** Top 100 and 20 near misses for random vacancies, against sorting every slot's score. */
    private static void assertRanksAsTheBruteForce(CandidatePool pool, Random random, int vacancies) {
        for (int v = 0; v < vacancies; v++) {
            VacancyData vacancy = randomVacancy(random);
            Ranking ranking = pool.rank(vacancy, MatchWeights.DEFAULT, 100, 20);

            CandidatePool.Query q = pool.compile(vacancy);
            List<Integer> eligible = IntStream.range(0, pool.size()).filter(s -> q.failures(s) == 0).boxed().toList();
            List<Integer> oneFailure = IntStream.range(0, pool.size()).filter(s -> Integer.bitCount(q.failures(s)) == 1).boxed().toList();
            assertEquals(eligible.size(), ranking.eligible());
            assertEquals(pool.size(), ranking.considered());
            assertEquals(bruteForceTop(pool, q, eligible, 100), ids(ranking.matches()));
            assertEquals(bruteForceTop(pool, q, oneFailure, 20), ids(ranking.nearMisses()));
        }
    }

    @Test
    void topVacanciesAreExactlyWhatEachVacancyQueryGives() {
        Random random = new Random(20261124);
        CandidatePool pool = new CandidatePool(AREAS, 16);
        List<UUID> vacancyIds = new ArrayList<>();
        // Vacancies before and after the candidates: masks must follow the codes the pool learns later.
        for (int i = 0; i < 1_500; i++) {
            VacancyData v = randomVacancy(random);
            pool.vacancies().put(v);
            vacancyIds.add(v.vacancyId());
        }
        for (int i = 0; i < 2_000; i++) {
            pool.put(randomCandidate(random));
        }
        for (int i = 0; i < 1_500; i++) {
            VacancyData v = randomVacancy(random);
            pool.vacancies().put(v);
            vacancyIds.add(v.vacancyId());
        }
        for (int i = 0; i < 300; i++) {
            pool.vacancies().remove(vacancyIds.get(random.nextInt(vacancyIds.size())));
        }
        List<VacancyData> open = vacancyIds.stream().map(id -> pool.vacancies().find(id)).filter(Objects::nonNull).toList();
        for (int c = 0; c < 20; c++) {
            int slot = random.nextInt(pool.size());
            Ranking ranking = pool.vacancies().rank(slot, MatchWeights.DEFAULT, 20, 5);

            List<CandidatePool.Query> queries = open.stream().map(pool::compile).toList();
            assertEquals(open.size(), ranking.considered());
            assertEquals(queries.stream().filter(q -> q.failures(slot) == 0).count(), ranking.eligible());
            assertEquals(bruteForceVacancies(queries, slot, 0, 20), ids(ranking.matches()));
            assertEquals(bruteForceVacancies(queries, slot, 1, 5), ids(ranking.nearMisses()));
        }
    }

    @Test
    void enoughVacanciesToScanInTwoHalvesRankExactlyAsOneScan() {
        Random random = new Random(20261126);
        CandidatePool pool = new CandidatePool(AREAS, 16);
        for (int i = 0; i < 500; i++) {
            pool.put(randomCandidate(random));
        }
        List<VacancyData> open = new ArrayList<>();
        for (int i = 0; i < CandidatePool.PARALLEL_FROM + 3_000; i++) {
            VacancyData v = randomVacancy(random);
            pool.vacancies().put(v);
            open.add(v);
        }
        List<CandidatePool.Query> queries = open.stream().map(pool::compile).toList();
        for (int c = 0; c < 3; c++) {
            int slot = random.nextInt(pool.size());
            Ranking ranking = pool.vacancies().rank(slot, MatchWeights.DEFAULT, 20, 5);
            assertEquals(queries.stream().filter(q -> q.failures(slot) == 0).count(), ranking.eligible());
            assertEquals(bruteForceVacancies(queries, slot, 0, 20), ids(ranking.matches()));
            assertEquals(bruteForceVacancies(queries, slot, 1, 5), ids(ranking.nearMisses()));
        }
    }

    @Test
    void eachHardConstraintExcludesAndNamesItsGap() {
        VacancyData vacancy = vacancy(UTRECHT, List.of("VCA-basis"), List.of(PhysicalLimit.NO_HEAVY_LIFTING));
        assertOnlyFailure(vacancy, base(UUID.randomUUID()).hours(16).build(), Constraint.HOURS,
                "wants 16 hours a week, the vacancy needs at least 24");
        assertOnlyFailure(vacancy, base(UUID.randomUUID()).area(AMERSFOORT).maxKm(10).build(), Constraint.TRAVEL,
                "travel 20 km, wishes at most 10");
        assertOnlyFailure(vacancy, base(UUID.randomUUID()).limits(List.of(PhysicalLimit.NO_HEAVY_LIFTING)).build(),
                Constraint.PHYSICAL_DEMANDS, "physical demand conflicts with limit NO_HEAVY_LIFTING");
        assertOnlyFailure(vacancy, base(UUID.randomUUID()).certificates(List.of()).build(), Constraint.REQUIRED_CERTIFICATES,
                "certificate VCA-basis missing");
        assertOnlyFailure(vacancy, base(UUID.randomUUID()).wage(40).build(), Constraint.WAGE_VALUE,
                "wage value 40%, the vacancy asks at least 50%");
        assertOnlyFailure(vacancy, base(UUID.randomUUID()).availableFrom(LocalDate.of(2027, 7, 1)).build(), Constraint.AVAILABILITY,
                "available from 2027-07-01, the vacancy ends 2027-06-30");
    }

    @Test
    void aMatchIsExplainedCriterionByCriterion() {
        CandidatePool pool = new CandidatePool(AREAS, 4);
        UUID id = UUID.randomUUID();
        pool.put(base(id).area(AMERSFOORT).maxKm(30).build());
        Match match = pool.rank(vacancy(UTRECHT, List.of("VCA-basis"), List.of()), MatchWeights.DEFAULT, 10, 0).matches().get(0);

        assertEquals(id, match.id());
        assertEquals(List.of(), match.failed());
        assertEquals(List.of(Constraint.values()), match.passed());
        assertEquals(1000, match.criteria().get(Criterion.WORK_TYPE));
        assertEquals(875, match.criteria().get(Criterion.COMPETENCES)); // (1000 + 1000 + 1000 + 2/4 × 1000) / 4
        assertEquals(700, match.criteria().get(Criterion.RIASEC));      // (3 × 80 + 2 × 55) × 10 / 5
        assertEquals(0, match.criteria().get(Criterion.WISHED_CERTIFICATES));
        assertEquals(List.of("learning attitude 2, the vacancy asks 4", "wished certificate BHV not held"), match.gaps());
        assertEquals((3 * 1000 + 3 * 875 + 2 * 700) / 9, match.score());
    }

    @Test
    void equalScoresAreOrderedByIdAndTheOrderIsTheSameEveryTime() {
        CandidatePool pool = new CandidatePool(AREAS, 4);
        List<UUID> ids = IntStream.range(0, 50).mapToObj(i -> UUID.randomUUID()).toList();
        ids.forEach(id -> pool.put(base(id).build()));
        VacancyData vacancy = vacancy(UTRECHT, List.of(), List.of());

        List<UUID> first = ids(pool.rank(vacancy, MatchWeights.DEFAULT, 20, 0).matches());
        assertEquals(ids.stream().sorted().limit(20).toList(), first);
        assertEquals(first, ids(pool.rank(vacancy, MatchWeights.DEFAULT, 20, 0).matches()));
    }

    @Test
    void anOrganisationOnlySeesItsOwnCandidatesAndVacancies() {
        MatchIndex index = new MatchIndex(AREAS);
        UUID own = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        index.putCandidate("uw", base(own).build());
        index.putCandidate("pastiel", base(other).build());
        VacancyData vacancy = vacancy(UTRECHT, List.of(), List.of());
        index.putVacancy("uw", vacancy);

        assertEquals(List.of(own), ids(index.candidatesFor("uw", vacancy.vacancyId(), MatchWeights.DEFAULT, 10, 5).orElseThrow().matches()));
        assertTrue(index.candidatesFor("pastiel", vacancy.vacancyId(), MatchWeights.DEFAULT, 10, 5).isEmpty());
        assertEquals(List.of(vacancy.vacancyId()), ids(index.vacanciesFor("uw", own, MatchWeights.DEFAULT, 10, 5).orElseThrow().matches()));
        assertEquals(List.of(), index.vacanciesFor("pastiel", other, MatchWeights.DEFAULT, 10, 5).orElseThrow().matches());
        assertTrue(index.vacanciesFor("uw", other, MatchWeights.DEFAULT, 10, 5).isEmpty());
    }

    @Test
    void weightsChangeTheOrder() {
        CandidatePool pool = new CandidatePool(AREAS, 4);
        UUID rightWork = UUID.randomUUID();
        UUID rightInterest = UUID.randomUUID();
        pool.put(base(rightWork).riasec(Map.of()).build());
        pool.put(base(rightInterest).workTypes(List.of("horeca")).build());
        VacancyData vacancy = vacancy(UTRECHT, List.of(), List.of());

        assertEquals(List.of(rightWork, rightInterest), ids(pool.rank(vacancy, new MatchWeights(5, 0, 1, 0), 2, 0).matches()));
        assertEquals(List.of(rightInterest, rightWork), ids(pool.rank(vacancy, new MatchWeights(1, 0, 5, 0), 2, 0).matches()));
    }

    /** The scan tests constraints with arithmetic, not comparisons: unknowns and the exact limits, one by one. */
    @Test
    void unknownValuesPassTheirConstraintAndEachLimitIsExact() {
        VacancyData vacancy = vacancy(UTRECHT, List.of("VCA-basis"), List.of(PhysicalLimit.NO_HEAVY_LIFTING));
        assertMatches(vacancy, base(UUID.randomUUID()).hours(null).build(), "hours unknown");
        assertMatches(vacancy, base(UUID.randomUUID()).hours(24).build(), "hours equal to the minimum");
        assertOnlyFailure(vacancy, base(UUID.randomUUID()).hours(23).build(), Constraint.HOURS,
                "wants 23 hours a week, the vacancy needs at least 24");
        assertMatches(vacancy, base(UUID.randomUUID()).wage(null).build(), "wage value unknown");
        assertMatches(vacancy, base(UUID.randomUUID()).wage(50).build(), "wage value equal to the minimum");
        assertMatches(vacancy, base(UUID.randomUUID()).area(AMERSFOORT).maxKm(null).build(), "maximum travel unknown");
        assertMatches(vacancy, base(UUID.randomUUID()).area(AMERSFOORT).maxKm(20).build(), "travel equal to the maximum");
        assertOnlyFailure(vacancy, base(UUID.randomUUID()).area(AMERSFOORT).maxKm(19).build(), Constraint.TRAVEL,
                "travel 20 km, wishes at most 19");
        assertMatches(vacancy, base(UUID.randomUUID()).area("9999").maxKm(1).build(), "candidate's area without coordinates");
        assertMatches(vacancy, base(UUID.randomUUID()).availableFrom(LocalDate.of(2027, 6, 29)).build(), "available the day before the end");
        assertOnlyFailure(vacancy, base(UUID.randomUUID()).availableFrom(LocalDate.of(2027, 6, 30)).build(), Constraint.AVAILABILITY,
                "available from 2027-06-30, the vacancy ends 2027-06-30");
        assertOnlyFailure(vacancy(UTRECHT, List.of("VCA-basis", "Kraanmachinist"), List.of()), base(UUID.randomUUID()).build(),
                Constraint.REQUIRED_CERTIFICATES, "certificate Kraanmachinist missing");
    }

    private static void assertMatches(VacancyData vacancy, CandidateData candidate, String why) {
        CandidatePool pool = new CandidatePool(AREAS, 4);
        pool.put(candidate);
        Ranking ranking = pool.rank(vacancy, MatchWeights.DEFAULT, 10, 10);
        assertEquals(1, ranking.matches().size(), why);
        assertEquals(List.of(), ranking.matches().get(0).failed(), why);
        pool.vacancies().put(vacancy);
        assertEquals(1, pool.vacancies().rank(0, MatchWeights.DEFAULT, 10, 10).matches().size(), why + ", vacancy side");
    }

    private static void assertOnlyFailure(VacancyData vacancy, CandidateData candidate, Constraint constraint, String gap) {
        CandidatePool pool = new CandidatePool(AREAS, 4);
        pool.put(candidate);
        Ranking ranking = pool.rank(vacancy, MatchWeights.DEFAULT, 10, 10);
        assertEquals(List.of(), ranking.matches(), constraint.name());
        Match nearMiss = ranking.nearMisses().get(0);
        assertEquals(List.of(constraint), nearMiss.failed());
        assertThat(nearMiss.gaps(), hasItem(gap));
        pool.vacancies().put(vacancy);
        assertEquals(List.of(constraint), pool.vacancies().rank(0, MatchWeights.DEFAULT, 10, 10).nearMisses().get(0).failed(),
                constraint.name() + ", vacancy side");
    }

    private static List<UUID> bruteForceTop(CandidatePool pool, CandidatePool.Query q, List<Integer> slots, int k) {
        return slots.stream()
                .sorted(Comparator.comparingLong((Integer s) -> -q.weightedScore(s, MatchWeights.DEFAULT)).thenComparing(pool::idAt))
                .limit(k).map(pool::idAt).toList();
    }

    private static List<UUID> bruteForceVacancies(List<CandidatePool.Query> queries, int slot, int failures, int k) {
        return queries.stream().filter(q -> Integer.bitCount(q.failures(slot)) == failures)
                .sorted(Comparator.comparingLong((CandidatePool.Query q) -> -q.weightedScore(slot, MatchWeights.DEFAULT))
                        .thenComparing(CandidatePool.Query::vacancyId))
                .limit(k).map(CandidatePool.Query::vacancyId).toList();
    }

    private static List<UUID> ids(List<Match> matches) {
        return matches.stream().map(Match::id).toList();
    }

    static VacancyData vacancy(String area, List<String> required, List<PhysicalLimit> demands) {
        return new VacancyData(UUID.randomUUID(), UUID.randomUUID(), "groenvoorziening", 24, 32, area, LocalDate.of(2027, 6, 30),
                50, demands, required, List.of("BHV"), new Integer[] {3, 3, 3, 4}, "RS");
    }

    static CandidateBuilder base(UUID id) {
        return new CandidateBuilder(id);
    }

    /** A candidate meeting every demand of {@link #vacancy}, to change one field at a time. */
    static final class CandidateBuilder {
        final UUID id;
        Integer hours = 32;
        String area = UTRECHT;
        Integer maxKm = 25;
        List<PhysicalLimit> limits = List.of(PhysicalLimit.NO_STAIRS);
        List<String> certificates = List.of("VCA-basis");
        Integer wage = 60;
        LocalDate availableFrom = LocalDate.of(2026, 11, 1);
        List<String> workTypes = List.of("groenvoorziening");
        Map<String, Integer> riasec = Map.of("R", 80, "S", 55);

        CandidateBuilder(UUID id) {
            this.id = id;
        }

        CandidateBuilder hours(Integer h) { hours = h; return this; }
        CandidateBuilder area(String a) { area = a; return this; }
        CandidateBuilder maxKm(Integer km) { maxKm = km; return this; }
        CandidateBuilder limits(List<PhysicalLimit> l) { limits = l; return this; }
        CandidateBuilder certificates(List<String> c) { certificates = c; return this; }
        CandidateBuilder wage(Integer w) { wage = w; return this; }
        CandidateBuilder availableFrom(LocalDate d) { availableFrom = d; return this; }
        CandidateBuilder workTypes(List<String> w) { workTypes = w; return this; }
        CandidateBuilder riasec(Map<String, Integer> r) { riasec = r; return this; }

        CandidateData build() {
            return new CandidateData(id, hours, area, maxKm, limits, certificates, wage, availableFrom, workTypes,
                    new Integer[] {4, 3, 5, 2}, riasec);
        }
    }

    private static CandidateData randomCandidate(Random r) {
        return new CandidateData(new UUID(r.nextLong(), r.nextLong()), r.nextInt(10) == 0 ? null : 8 + r.nextInt(33),
                pick(r, AREA_CODES), r.nextInt(10) == 0 ? null : 5 + r.nextInt(60), some(r, List.of(PhysicalLimit.values()), 2),
                some(r, CERTIFICATES, 3), 30 + r.nextInt(71), LocalDate.of(2026, 1, 1).plusDays(r.nextInt(700)),
                some(r, WORK_TYPES, 2), new Integer[] {1 + r.nextInt(5), 1 + r.nextInt(5), r.nextBoolean() ? null : 1 + r.nextInt(5), 1 + r.nextInt(5)},
                Map.of("R", r.nextInt(101), "I", r.nextInt(101), "A", r.nextInt(101), "S", r.nextInt(101), "E", r.nextInt(101), "C", r.nextInt(101)));
    }

    private static VacancyData randomVacancy(Random r) {
        int max = 16 + r.nextInt(25);
        return new VacancyData(UUID.randomUUID(), UUID.randomUUID(), pick(r, WORK_TYPES), r.nextBoolean() ? null : max - r.nextInt(12), max,
                pick(r, AREA_CODES), r.nextBoolean() ? null : LocalDate.of(2026, 6, 1).plusDays(r.nextInt(700)), 30 + r.nextInt(40),
                some(r, List.of(PhysicalLimit.values()), 1), some(r, CERTIFICATES, 1), some(r, CERTIFICATES, 2),
                new Integer[] {r.nextBoolean() ? null : 1 + r.nextInt(5), 1 + r.nextInt(5), null, 1 + r.nextInt(5)},
                pick(r, List.of("R", "RS", "SEC", "IAC", "CRE")));
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
}
