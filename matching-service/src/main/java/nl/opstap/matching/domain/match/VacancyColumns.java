package nl.opstap.matching.domain.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.vocabulary.PhysicalLimit;

/**
 * One organisation's open vacancies, column by column, for the candidate-to-vacancies direction: one candidate is
 * tested against every vacancy in a sequential pass over primitive arrays, instead of a compiled query object per
 * vacancy. The rules are {@link CandidatePool.Query}'s, field for field (the tests hold the two to the same result);
 * only the top results are explained through a compiled query. Certificate and work-type masks use the pool's code
 * numbers, so they are recomputed when the pool learns a new code. Not thread-safe; {@link MatchIndex} guards it.
 */
final class VacancyColumns {

    private static final String RIASEC_LETTERS = "RIASEC";
    private static final int COMPETENCES = 4;

    private final CandidatePool pool;
    private final PostcodeAreas areas;
    private final Map<UUID, Integer> slotOf = new HashMap<>();
    private VacancyData[] data = new VacancyData[16];
    private long[] idHigh = new long[16];
    private long[] idLow = new long[16];
    private int[] minHours = new int[16];
    private int[] minWage = new int[16];
    private int[] endDay = new int[16];
    private long[] demands = new long[16];
    private short[] area = new short[16];
    private byte[] requiredLevel = new byte[16 * COMPETENCES];
    private int[] requiredCount = new int[16];
    private byte[] riasecWeight = new byte[16 * RIASEC_LETTERS.length()];
    private int[] riasecWeightSum = new int[16];
    // Code masks, recomputed whenever the pool's dictionaries grow.
    private int certificateWords;
    private int certificateCodes = -1;
    private int workTypeCodes = -1;
    private long[] required = new long[0];
    private boolean[] impossible = new boolean[16];
    private long[] wished = new long[0];
    private int[] wishedCount = new int[16];
    private int[] workType = new int[16];
    private int size;

    VacancyColumns(CandidatePool pool, PostcodeAreas areas) {
        this.pool = pool;
        this.areas = areas;
    }

    int size() {
        return size;
    }

    /** The open vacancy with this id, or null. */
    VacancyData find(UUID vacancyId) {
        Integer slot = slotOf.get(vacancyId);
        return slot == null ? null : data[slot];
    }

    void put(VacancyData v) {
        Integer existing = slotOf.get(v.vacancyId());
        int slot = existing != null ? existing : append(v.vacancyId());
        data[slot] = v;
        Integer min = v.hoursPerWeekMin() != null ? v.hoursPerWeekMin() : v.hoursPerWeek();
        minHours[slot] = min == null ? 0 : min;
        minWage[slot] = v.minWageValuePercent() == null ? 0 : v.minWageValuePercent();
        endDay[slot] = v.endDate() == null ? Integer.MAX_VALUE : (int) v.endDate().toEpochDay();
        long d = 0;
        for (PhysicalLimit demand : v.physicalDemands()) {
            d |= 1L << demand.ordinal();
        }
        demands[slot] = d;
        area[slot] = (short) areas.numberOf(v.postcodeArea());
        int counted = 0;
        for (int i = 0; i < COMPETENCES; i++) {
            Integer level = v.requiredCompetences()[i];
            requiredLevel[slot * COMPETENCES + i] = level == null ? 0 : level.byteValue();
            counted += level == null || level <= 0 ? 0 : 1;
        }
        requiredCount[slot] = counted;
        Arrays.fill(riasecWeight, slot * RIASEC_LETTERS.length(), (slot + 1) * RIASEC_LETTERS.length(), (byte) 0);
        int sum = 0;
        String code = v.riasecCode() == null ? "" : v.riasecCode();
        for (int i = 0; i < code.length() && i < 3; i++) {
            int letter = RIASEC_LETTERS.indexOf(code.charAt(i));
            if (letter >= 0) {
                riasecWeight[slot * RIASEC_LETTERS.length() + letter] += 3 - i;
                sum += 3 - i;
            }
        }
        riasecWeightSum[slot] = sum;
        if (codesChanged()) {
            recomputeMasks();
        } else {
            masks(slot);
        }
    }

    /** Removes by moving the last slot into the hole, so the columns stay dense. */
    void remove(UUID vacancyId) {
        Integer slot = slotOf.remove(vacancyId);
        if (slot == null) {
            return;
        }
        int last = --size;
        if (slot != last) {
            data[slot] = data[last];
            idHigh[slot] = idHigh[last];
            idLow[slot] = idLow[last];
            minHours[slot] = minHours[last];
            minWage[slot] = minWage[last];
            endDay[slot] = endDay[last];
            demands[slot] = demands[last];
            area[slot] = area[last];
            System.arraycopy(requiredLevel, last * COMPETENCES, requiredLevel, slot * COMPETENCES, COMPETENCES);
            requiredCount[slot] = requiredCount[last];
            System.arraycopy(riasecWeight, last * RIASEC_LETTERS.length(), riasecWeight, slot * RIASEC_LETTERS.length(),
                    RIASEC_LETTERS.length());
            riasecWeightSum[slot] = riasecWeightSum[last];
            System.arraycopy(required, last * certificateWords, required, slot * certificateWords, certificateWords);
            System.arraycopy(wished, last * certificateWords, wished, slot * certificateWords, certificateWords);
            impossible[slot] = impossible[last];
            wishedCount[slot] = wishedCount[last];
            workType[slot] = workType[last];
            slotOf.put(new UUID(idHigh[slot], idLow[slot]), slot);
        }
        data[last] = null;
    }

    /** Called after the pool learnt codes: masks computed with the old numbering may miss a code that now exists. */
    void afterPoolChange() {
        if (codesChanged()) {
            recomputeMasks();
        }
    }

    /** The best vacancies for one candidate slot of the pool, and the best failing exactly one constraint. */
    Ranking rank(int candidate, MatchWeights weights, int limit, int nearMissLimit) {
        Scan scan = Scan.inHalves(size, (from, to) -> scan(candidate, from, to, weights, limit, nearMissLimit));
        return new Ranking(explain(scan.matches().best(), candidate, weights), explain(scan.nearMisses().best(), candidate, weights),
                size, scan.eligible());
    }

    private Scan scan(int candidate, int from, int to, MatchWeights weights, int limit, int nearMissLimit) {
        TopK matches = new TopK(limit);
        TopK nearMisses = new TopK(nearMissLimit);
        int eligible = 0;
        int[] failed = new int[to - from];
        failures(candidate, from, to, failed);
        for (int v = from; v < to; v++) {
            if (failed[v - from] == 0) {
                eligible++;
                offer(matches, candidate, v, weights);
            } else if (Branchless.single(failed[v - from])) {
                offer(nearMisses, candidate, v, weights);
            }
        }
        return new Scan(matches, nearMisses, eligible);
    }

    /** As {@link CandidatePool.Query}'s offer: criterion by criterion, stopping once the heap's floor is out of reach. */
    private void offer(TopK top, int c, int v, MatchWeights w) {
        long floor = top.floor();
        long score = (long) w.workType() * workTypeScore(c, v);
        long maxCompetences = requiredCount[v] == 0 ? 0 : 1000L * w.competences();
        long maxRest = (riasecWeightSum[v] == 0 ? 0 : 1000L * w.riasec()) + (wishedCount[v] == 0 ? 0 : 1000L * w.wishedCertificates());
        if (score + maxCompetences + maxRest < floor) {
            return;
        }
        score += (long) w.competences() * competenceScore(c, v);
        if (score + maxRest < floor) {
            return;
        }
        score += (long) w.riasec() * riasecScore(c, v) + (long) w.wishedCertificates() * wishedScore(c, v);
        top.offer(v, score, idHigh[v], idLow[v]);
    }

    private List<Match> explain(int[] vacancies, int candidate, MatchWeights weights) {
        List<Match> result = new ArrayList<>(vacancies.length);
        for (int v : vacancies) {
            result.add(pool.compile(data[v]).explain(candidate, weights, data[v].vacancyId()));
        }
        return result;
    }

    /**
     * {@link CandidatePool.Query#failures}, with the vacancy as the column: the failed constraints of vacancies
     * {@code from} to {@code to} for one candidate, into {@code failed} from index 0.
     */
    void failures(int c, int from, int to, int[] failed) {
        int hours = pool.hours(c);
        int wage = pool.wageValue(c);
        int maxKm = pool.maxTravelKm(c);
        int available = pool.availableFrom(c);
        long limits = pool.physicalLimits(c);
        // Distance is symmetric: the table to the candidate's area is the table from it.
        int[] km = areas.distancesTo(pool.area(c));
        long[] held = pool.certificates().rowOf(c);
        int words = certificateWords;
        long[] requiredMasks = required;
        int[] minHoursColumn = minHours;
        int[] minWageColumn = minWage;
        int[] endDayColumn = endDay;
        long[] demandsColumn = demands;
        short[] areaColumn = area;
        boolean[] impossibleColumn = impossible;
        for (int v = from; v < to; v++) {
            long missing = impossibleColumn[v] ? 1 : 0;
            for (int w = 0, base = v * words; w < words; w++) {
                missing |= requiredMasks[base + w] & ~held[w];
            }
            failed[v - from] = Branchless.failures(hours, minHoursColumn[v], km[areaColumn[v] + 1], maxKm, limits, demandsColumn[v],
                    missing, wage, minWageColumn[v], available, endDayColumn[v]);
        }
    }

    private int workTypeScore(int c, int v) {
        return pool.workTypes().holdsNumber(c, workType[v]) ? 1000 : 0;
    }

    private int competenceScore(int c, int v) {
        if (requiredCount[v] == 0) {
            return 0;
        }
        int sum = 0;
        for (int i = 0; i < COMPETENCES; i++) {
            int level = requiredLevel[v * COMPETENCES + i];
            if (level > 0) {
                sum += CandidatePool.competencePoints(pool.competence(c, i), level);
            }
        }
        return sum / requiredCount[v];
    }

    private int riasecScore(int c, int v) {
        if (riasecWeightSum[v] == 0) {
            return 0;
        }
        int interest = 0;
        for (int i = 0; i < RIASEC_LETTERS.length(); i++) {
            interest += riasecWeight[v * RIASEC_LETTERS.length() + i] * pool.riasec(c, i) * 10;
        }
        return interest / riasecWeightSum[v];
    }

    private int wishedScore(int c, int v) {
        return wishedCount[v] == 0 ? 0
                : pool.certificates().countHeld(c, wished, v * certificateWords, certificateWords) * 1000 / wishedCount[v];
    }

    private boolean codesChanged() {
        return certificateCodes != pool.certificates().codeCount() || workTypeCodes != pool.workTypes().codeCount();
    }

    private void recomputeMasks() {
        certificateCodes = pool.certificates().codeCount();
        workTypeCodes = pool.workTypes().codeCount();
        certificateWords = pool.certificates().wordsPerRow();
        required = new long[data.length * certificateWords];
        wished = new long[data.length * certificateWords];
        for (int slot = 0; slot < size; slot++) {
            masks(slot);
        }
    }

    private void masks(int slot) {
        VacancyData v = data[slot];
        long[] requiredMask = pool.certificates().maskOf(v.requiredCertificates());
        impossible[slot] = requiredMask == null;
        Arrays.fill(required, slot * certificateWords, (slot + 1) * certificateWords, 0L);
        if (requiredMask != null) {
            System.arraycopy(requiredMask, 0, required, slot * certificateWords, requiredMask.length);
        }
        long[] wishedMask = pool.certificates().maskOf(v.wishedCertificates().stream()
                .filter(code -> pool.certificates().numberOf(code) >= 0).toList());
        System.arraycopy(wishedMask, 0, wished, slot * certificateWords, wishedMask.length);
        wishedCount[slot] = v.wishedCertificates().size();
        workType[slot] = pool.workTypes().numberOf(v.workType());
    }

    private int append(UUID id) {
        if (size == idHigh.length) {
            grow(size * 2);
        }
        int slot = size++;
        idHigh[slot] = id.getMostSignificantBits();
        idLow[slot] = id.getLeastSignificantBits();
        slotOf.put(id, slot);
        return slot;
    }

    private void grow(int capacity) {
        data = Arrays.copyOf(data, capacity);
        idHigh = Arrays.copyOf(idHigh, capacity);
        idLow = Arrays.copyOf(idLow, capacity);
        minHours = Arrays.copyOf(minHours, capacity);
        minWage = Arrays.copyOf(minWage, capacity);
        endDay = Arrays.copyOf(endDay, capacity);
        demands = Arrays.copyOf(demands, capacity);
        area = Arrays.copyOf(area, capacity);
        requiredLevel = Arrays.copyOf(requiredLevel, capacity * COMPETENCES);
        requiredCount = Arrays.copyOf(requiredCount, capacity);
        riasecWeight = Arrays.copyOf(riasecWeight, capacity * RIASEC_LETTERS.length());
        riasecWeightSum = Arrays.copyOf(riasecWeightSum, capacity);
        required = Arrays.copyOf(required, capacity * certificateWords);
        wished = Arrays.copyOf(wished, capacity * certificateWords);
        impossible = Arrays.copyOf(impossible, capacity);
        wishedCount = Arrays.copyOf(wishedCount, capacity);
        workType = Arrays.copyOf(workType, capacity);
    }
}
