package nl.opstap.matching.domain.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.vocabulary.PhysicalLimit;

/**
 * One organisation's available candidates, column by column in primitive arrays (a slot per candidate, no object
 * per candidate besides the id map): a query scans the columns it needs. Not thread-safe; {@link MatchIndex}
 * guards it.
 */
final class CandidatePool {

    private static final String RIASEC_LETTERS = "RIASEC";
    private static final int COMPETENCES = 4;
    static final short UNKNOWN = -1;
    /** From this many candidates (or vacancies) a ranking scans two halves on two threads. */
    static final int PARALLEL_FROM = 65_536;
    /** Slots whose constraints a scan tests in one go: small enough for the outcomes to stay in the L1 cache. */
    private static final int SCAN_BLOCK = 2048;
    private static final int MAX_LEVEL = 5;
    /** min(1000, held × 1000 / required) for every level pair 0-5: the competence score without a division per slot. */
    private static final int[] COMPETENCE_POINTS = new int[(MAX_LEVEL + 1) * (MAX_LEVEL + 1)];

    static {
        for (int required = 1; required <= MAX_LEVEL; required++) {
            for (int held = 0; held <= MAX_LEVEL; held++) {
                COMPETENCE_POINTS[required * (MAX_LEVEL + 1) + held] = Math.min(1000, held * 1000 / required);
            }
        }
    }
    private static final String[] COMPETENCE_NAMES = {"social skills", "motivation", "work skills", "learning attitude"};

    private final PostcodeAreas areas;
    private final Map<UUID, Integer> slotOf = new HashMap<>();
    private int size;
    private long[] idHigh;
    private long[] idLow;
    private short[] hours;
    private short[] wageValue;
    private short[] maxTravelKm;
    /** The postcode area's number in {@link PostcodeAreas}, -1 when it has no coordinates. */
    private short[] area;
    private long[] physicalLimits;
    private int[] availableFrom;
    private byte[] competences;
    private byte[] riasec;
    private final CodeColumn certificates;
    private final CodeColumn workTypes;
    private final VacancyColumns vacancies;

    CandidatePool(PostcodeAreas areas, int capacity) {
        this.areas = areas;
        idHigh = new long[capacity];
        idLow = new long[capacity];
        hours = new short[capacity];
        wageValue = new short[capacity];
        maxTravelKm = new short[capacity];
        area = new short[capacity];
        physicalLimits = new long[capacity];
        availableFrom = new int[capacity];
        competences = new byte[capacity * COMPETENCES];
        riasec = new byte[capacity * RIASEC_LETTERS.length()];
        certificates = new CodeColumn(capacity);
        workTypes = new CodeColumn(capacity);
        vacancies = new VacancyColumns(this, areas);
    }

    /** The organisation's open vacancies, kept with the pool because their code masks use the pool's code numbers. */
    VacancyColumns vacancies() {
        return vacancies;
    }

    int size() {
        return size;
    }

    boolean contains(UUID clientId) {
        return slotOf.containsKey(clientId);
    }

    void put(CandidateData c) {
        Integer existing = slotOf.get(c.clientId());
        int slot = existing != null ? existing : append(c.clientId());
        hours[slot] = shortOrUnknown(c.hoursPerWeek());
        wageValue[slot] = shortOrUnknown(c.wageValuePercent());
        maxTravelKm[slot] = shortOrUnknown(c.maxTravelKm());
        area[slot] = (short) areas.numberOf(c.postcodeArea());
        long limits = 0;
        for (PhysicalLimit limit : c.physicalLimits()) {
            limits |= 1L << limit.ordinal();
        }
        physicalLimits[slot] = limits;
        availableFrom[slot] = c.availableFrom() == null ? Integer.MIN_VALUE : (int) c.availableFrom().toEpochDay();
        for (int i = 0; i < COMPETENCES; i++) {
            Integer level = c.competences()[i];
            competences[slot * COMPETENCES + i] = level == null ? 0 : level.byteValue();
        }
        for (int i = 0; i < RIASEC_LETTERS.length(); i++) {
            Integer score = c.riasec().get(String.valueOf(RIASEC_LETTERS.charAt(i)));
            riasec[slot * RIASEC_LETTERS.length() + i] = score == null ? 0 : score.byteValue();
        }
        certificates.set(slot, c.certificates());
        workTypes.set(slot, c.workTypes());
        vacancies.afterPoolChange();
    }

    /** Removes by moving the last slot into the hole, so the columns stay dense. */
    void remove(UUID clientId) {
        Integer slot = slotOf.remove(clientId);
        if (slot == null) {
            return;
        }
        int last = --size;
        if (slot != last) {
            idHigh[slot] = idHigh[last];
            idLow[slot] = idLow[last];
            hours[slot] = hours[last];
            wageValue[slot] = wageValue[last];
            maxTravelKm[slot] = maxTravelKm[last];
            area[slot] = area[last];
            physicalLimits[slot] = physicalLimits[last];
            availableFrom[slot] = availableFrom[last];
            System.arraycopy(competences, last * COMPETENCES, competences, slot * COMPETENCES, COMPETENCES);
            System.arraycopy(riasec, last * RIASEC_LETTERS.length(), riasec, slot * RIASEC_LETTERS.length(), RIASEC_LETTERS.length());
            certificates.move(last, slot);
            workTypes.move(last, slot);
            slotOf.put(new UUID(idHigh[slot], idLow[slot]), slot);
        }
    }

    /** The vacancy compiled against this pool's columns, ready to test slot after slot. */
    Query compile(VacancyData v) {
        return new Query(v);
    }

    /**
     * Best candidates meeting every constraint, and best failing exactly one; a large pool in two halves at once
     * ({@link Scan#inHalves}).
     */
    Ranking rank(VacancyData vacancy, MatchWeights weights, int limit, int nearMissLimit) {
        Query q = compile(vacancy);
        Scan scan = Scan.inHalves(size, (from, to) -> q.scan(from, to, weights, limit, nearMissLimit));
        return new Ranking(explain(q, scan.matches().best(), weights), explain(q, scan.nearMisses().best(), weights), size,
                scan.eligible());
    }

    Integer slotOf(UUID clientId) {
        return slotOf.get(clientId);
    }

    UUID idAt(int slot) {
        return new UUID(idHigh[slot], idLow[slot]);
    }

    private List<Match> explain(Query q, int[] slots, MatchWeights weights) {
        List<Match> result = new ArrayList<>(slots.length);
        for (int slot : slots) {
            result.add(q.explain(slot, weights, idAt(slot)));
        }
        return result;
    }

    // Column reads for VacancyColumns, which tests one candidate against every vacancy.

    short hours(int slot) {
        return hours[slot];
    }

    short wageValue(int slot) {
        return wageValue[slot];
    }

    short maxTravelKm(int slot) {
        return maxTravelKm[slot];
    }

    short area(int slot) {
        return area[slot];
    }

    long physicalLimits(int slot) {
        return physicalLimits[slot];
    }

    int availableFrom(int slot) {
        return availableFrom[slot];
    }

    int competence(int slot, int i) {
        return competences[slot * COMPETENCES + i];
    }

    int riasec(int slot, int letter) {
        return riasec[slot * RIASEC_LETTERS.length() + letter];
    }

    CodeColumn certificates() {
        return certificates;
    }

    CodeColumn workTypes() {
        return workTypes;
    }

    private int append(UUID id) {
        if (size == idHigh.length) {
            grow(Math.max(16, size * 2));
        }
        int slot = size++;
        idHigh[slot] = id.getMostSignificantBits();
        idLow[slot] = id.getLeastSignificantBits();
        slotOf.put(id, slot);
        return slot;
    }

    private void grow(int capacity) {
        idHigh = Arrays.copyOf(idHigh, capacity);
        idLow = Arrays.copyOf(idLow, capacity);
        hours = Arrays.copyOf(hours, capacity);
        wageValue = Arrays.copyOf(wageValue, capacity);
        maxTravelKm = Arrays.copyOf(maxTravelKm, capacity);
        area = Arrays.copyOf(area, capacity);
        physicalLimits = Arrays.copyOf(physicalLimits, capacity);
        availableFrom = Arrays.copyOf(availableFrom, capacity);
        competences = Arrays.copyOf(competences, capacity * COMPETENCES);
        riasec = Arrays.copyOf(riasec, capacity * RIASEC_LETTERS.length());
        certificates.grow(capacity);
        workTypes.grow(capacity);
    }

    /** The competence criterion's points for one competence: min(1000, held × 1000 / required), required > 0. */
    static int competencePoints(int held, int required) {
        return held >= 0 && held <= MAX_LEVEL && required <= MAX_LEVEL ? COMPETENCE_POINTS[required * (MAX_LEVEL + 1) + held]
                : Math.min(1000, held * 1000 / required);
    }

    private static short shortOrUnknown(Integer value) {
        return value == null ? UNKNOWN : value.shortValue();
    }

    /** A vacancy's demands as masks and numbers over this pool's columns. */
    final class Query {
        private final VacancyData vacancy;
        private final int minHours;
        private final int minWage;
        private final long demands;
        private final long[] required;
        /** {@link #required}, or no codes when a required code is unknown (then every slot fails regardless). */
        private final long[] requiredOrNone;
        private final long[] wished;
        private final int wishedCount;
        private final int endDay;
        /** The vacancy's area number in {@link PostcodeAreas}, -1 when it has no coordinates. */
        private final int vacancyArea;
        /** Km from each candidate area (number + 1) to the vacancy's, -1 when unknown. */
        private final int[] kmFromArea;
        private final int workTypeNumber;
        private final int certificateCodes;
        private final int workTypeCodes;
        private final int[] requiredLevel = new int[COMPETENCES];
        private final int competencesRequired;
        private final int[] riasecWeight = new int[RIASEC_LETTERS.length()];
        private final int riasecWeightSum;

        private Query(VacancyData v) {
            vacancy = v;
            Integer min = v.hoursPerWeekMin() != null ? v.hoursPerWeekMin() : v.hoursPerWeek();
            minHours = min == null ? 0 : min;
            minWage = v.minWageValuePercent() == null ? 0 : v.minWageValuePercent();
            long d = 0;
            for (PhysicalLimit demand : v.physicalDemands()) {
                d |= 1L << demand.ordinal();
            }
            demands = d;
            required = certificates.maskOf(v.requiredCertificates());
            requiredOrNone = required == null ? new long[0] : required;
            long[] wishedMask = certificates.maskOf(v.wishedCertificates().stream().filter(c -> certificatesKnown(c)).toList());
            wished = wishedMask;
            wishedCount = v.wishedCertificates().size();
            endDay = v.endDate() == null ? Integer.MAX_VALUE : (int) v.endDate().toEpochDay();
            vacancyArea = areas.numberOf(v.postcodeArea());
            kmFromArea = areas.distancesTo(vacancyArea);
            workTypeNumber = workTypes.numberOf(v.workType());
            certificateCodes = certificates.codeCount();
            workTypeCodes = workTypes.codeCount();
            int counted = 0;
            for (int i = 0; i < COMPETENCES; i++) {
                Integer level = v.requiredCompetences()[i];
                requiredLevel[i] = level == null ? 0 : level;
                if (requiredLevel[i] > 0) {
                    counted++;
                }
            }
            competencesRequired = counted;
            int sum = 0;
            String code = v.riasecCode() == null ? "" : v.riasecCode();
            for (int i = 0; i < code.length() && i < 3; i++) {
                int letter = RIASEC_LETTERS.indexOf(code.charAt(i));
                if (letter >= 0) {
                    riasecWeight[letter] += 3 - i;
                    sum += 3 - i;
                }
            }
            riasecWeightSum = sum;
        }

        UUID vacancyId() {
            return vacancy.vacancyId();
        }

        /** Still right for this pool: no certificate or work type appeared that was unknown when it was compiled. */
        boolean isCurrent() {
            return certificateCodes == certificates.codeCount() && workTypeCodes == workTypes.codeCount();
        }

        private boolean certificatesKnown(String code) {
            return certificates.maskOf(List.of(code)) != null;
        }

        /**
         * Matches and near misses among slots {@code from} (inclusive) to {@code to}: the constraints a block of slots
         * at a time, then the offers for that block.
         */
        Scan scan(int from, int to, MatchWeights weights, int limit, int nearMissLimit) {
            TopK matches = new TopK(limit);
            TopK nearMisses = new TopK(nearMissLimit);
            int eligible = 0;
            int[] failedInBlock = new int[SCAN_BLOCK];
            for (int start = from; start < to; start += SCAN_BLOCK) {
                int end = Math.min(to, start + SCAN_BLOCK);
                failures(start, end, failedInBlock);
                for (int slot = start; slot < end; slot++) {
                    int failed = failedInBlock[slot - start];
                    if (failed == 0) {
                        eligible++;
                        offer(matches, slot, weights);
                    } else if (Branchless.single(failed)) {
                        offer(nearMisses, slot, weights);
                    }
                }
            }
            return new Scan(matches, nearMisses, eligible);
        }

        /**
         * Offers the slot with its weighted score, criterion by criterion, and stops as soon as the criteria still to
         * come cannot lift it to the heap's floor: exact, as a skipped slot could not have got in. Work type comes
         * first because it weighs most and costs one bit test; most slots stop there once the heap is full.
         */
        private void offer(TopK top, int slot, MatchWeights w) {
            long floor = top.floor();
            long score = (long) w.workType() * workTypeScore(slot);
            if (score + maxAfterWorkType(w) < floor) {
                return;
            }
            score += (long) w.competences() * competenceScore(slot);
            if (score + maxAfterCompetences(w) < floor) {
                return;
            }
            score += (long) w.riasec() * riasecScore(slot) + (long) w.wishedCertificates() * wishedScore(slot);
            top.offer(slot, score, idHigh[slot], idLow[slot]);
        }

        /** The most the competence, RIASEC and wished-certificate criteria can add. */
        private long maxAfterWorkType(MatchWeights w) {
            return (competencesRequired == 0 ? 0 : 1000L * w.competences()) + maxAfterCompetences(w);
        }

        private long maxAfterCompetences(MatchWeights w) {
            return (riasecWeightSum == 0 ? 0 : 1000L * w.riasec()) + (wishedCount == 0 || wished == null ? 0 : 1000L * w.wishedCertificates());
        }

        /** The failed constraints of one slot as a bit set of {@link Constraint#bit()}. */
        int failures(int slot) {
            int[] failed = new int[1];
            failures(slot, slot + 1, failed);
            return failed[0];
        }

        /**
         * The failed constraints of slots {@code from} to {@code to} into {@code failed}, from index 0. Arithmetic
         * instead of a branch per constraint, and the columns in locals: with no call in the loop the JIT keeps them
         * in registers, which the heap's calls in {@link #scan} would otherwise make it reload slot after slot.
         */
        void failures(int from, int to, int[] failed) {
            short[] hoursColumn = hours;
            short[] wageColumn = wageValue;
            short[] travelColumn = maxTravelKm;
            short[] areaColumn = area;
            long[] limitsColumn = physicalLimits;
            int[] availableColumn = availableFrom;
            int[] km = kmFromArea;
            long[] held = certificates.rows();
            long[] requiredMask = requiredOrNone;
            int words = requiredMask.length;
            long impossible = required == null ? 1 : 0;
            for (int slot = from; slot < to; slot++) {
                long missing = impossible;
                for (int w = 0, base = slot * words; w < words; w++) {
                    missing |= requiredMask[w] & ~held[base + w];
                }
                failed[slot - from] = Branchless.failures(hoursColumn[slot], minHours, km[areaColumn[slot] + 1], travelColumn[slot],
                        limitsColumn[slot], demands, missing, wageColumn[slot], minWage, availableColumn[slot], endDay);
            }
        }

        /** Σ weight × criterion score: exact, so ranking on it never loses a difference to rounding. */
        long weightedScore(int slot, MatchWeights w) {
            return (long) w.workType() * workTypeScore(slot) + (long) w.competences() * competenceScore(slot)
                    + (long) w.riasec() * riasecScore(slot) + (long) w.wishedCertificates() * wishedScore(slot);
        }

        int workTypeScore(int slot) {
            return workTypes.holdsNumber(slot, workTypeNumber) ? 1000 : 0;
        }

        /** Average over required competences of min(1, level / required); 0 when none required. */
        int competenceScore(int slot) {
            if (competencesRequired == 0) {
                return 0;
            }
            int sum = 0;
            for (int i = 0; i < COMPETENCES; i++) {
                if (requiredLevel[i] > 0) {
                    sum += competencePoints(competences[slot * COMPETENCES + i], requiredLevel[i]);
                }
            }
            return sum / competencesRequired;
        }

        /** Interest in the vacancy's letters, weighted 3-2-1 in their order; 0 when it has no code. */
        int riasecScore(int slot) {
            if (riasecWeightSum == 0) {
                return 0;
            }
            int sum = 0;
            for (int i = 0; i < riasecWeight.length; i++) {
                sum += riasecWeight[i] * riasec[slot * RIASEC_LETTERS.length() + i] * 10;
            }
            return sum / riasecWeightSum;
        }

        int wishedScore(int slot) {
            return wishedCount == 0 || wished == null ? 0 : certificates.countHeld(slot, wished) * 1000 / wishedCount;
        }

        /** Straight-line km between the areas, -1 when either has no coordinates. */
        int distanceKm(int slot) {
            return kmFromArea[area[slot] + 1];
        }

        Match explain(int slot, MatchWeights w, UUID id) {
            Map<Criterion, Integer> criteria = new EnumMap<>(Criterion.class);
            criteria.put(Criterion.WORK_TYPE, workTypeScore(slot));
            criteria.put(Criterion.COMPETENCES, competenceScore(slot));
            criteria.put(Criterion.RIASEC, riasecScore(slot));
            criteria.put(Criterion.WISHED_CERTIFICATES, wishedScore(slot));
            int failed = failures(slot);
            List<Constraint> passed = new ArrayList<>();
            List<Constraint> failedList = new ArrayList<>();
            for (Constraint c : Constraint.values()) {
                ((failed & c.bit()) == 0 ? passed : failedList).add(c);
            }
            return new Match(id, (int) (weightedScore(slot, w) / w.total()), criteria, passed, failedList, gaps(slot));
        }

        /** Every shortfall, hard or soft, in plain words. */
        private List<String> gaps(int slot) {
            List<String> gaps = new ArrayList<>();
            if (hours[slot] == UNKNOWN) {
                gaps.add("hours a week unknown");
            } else if (hours[slot] < minHours) {
                gaps.add("wants " + hours[slot] + " hours a week, the vacancy needs at least " + minHours);
            }
            int km = distanceKm(slot);
            if (km < 0) {
                gaps.add("travel distance unknown: no coordinates for postcode area "
                        + (vacancyArea < 0 ? vacancy.postcodeArea() : "of the candidate"));
            } else if (maxTravelKm[slot] != UNKNOWN && km > maxTravelKm[slot]) {
                gaps.add("travel " + km + " km, wishes at most " + maxTravelKm[slot]);
            }
            for (PhysicalLimit demand : vacancy.physicalDemands()) {
                if ((physicalLimits[slot] & (1L << demand.ordinal())) != 0) {
                    gaps.add("physical demand conflicts with limit " + demand.name());
                }
            }
            for (String certificate : vacancy.requiredCertificates()) {
                if (!certificates.holds(slot, certificate)) {
                    gaps.add("certificate " + certificate + " missing");
                }
            }
            if (wageValue[slot] != UNKNOWN && wageValue[slot] < minWage) {
                gaps.add("wage value " + wageValue[slot] + "%, the vacancy asks at least " + minWage + "%");
            }
            if (availableFrom[slot] >= endDay) {
                gaps.add("available from " + java.time.LocalDate.ofEpochDay(availableFrom[slot]) + ", the vacancy ends "
                        + vacancy.endDate());
            }
            if (vacancy.workType() != null && !workTypes.holds(slot, vacancy.workType())) {
                gaps.add("work type " + vacancy.workType() + " is not among the wishes");
            }
            for (int i = 0; i < COMPETENCES; i++) {
                int level = competences[slot * COMPETENCES + i];
                if (requiredLevel[i] > level) {
                    gaps.add(COMPETENCE_NAMES[i] + " " + level + ", the vacancy asks " + requiredLevel[i]);
                }
            }
            for (String certificate : vacancy.wishedCertificates()) {
                if (!certificates.holds(slot, certificate)) {
                    gaps.add("wished certificate " + certificate + " not held");
                }
            }
            return gaps;
        }
    }
}
