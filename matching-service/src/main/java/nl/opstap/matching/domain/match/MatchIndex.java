package nl.opstap.matching.domain.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The in-memory matching index: per organisation a columnar {@link CandidatePool} and its open vacancies. A query
 * only ever sees its own organisation's pool. Many readers, one writer at a time.
 */
public final class MatchIndex {

    private static final int INITIAL_CAPACITY = 1024;

    private final PostcodeAreas areas;
    private final Map<String, CandidatePool> pools = new HashMap<>();
    private final Map<String, Map<UUID, VacancyData>> vacancies = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public MatchIndex(PostcodeAreas areas) {
        this.areas = areas;
    }

    public void putCandidate(String tenant, CandidateData candidate) {
        write(() -> pools.computeIfAbsent(tenant, t -> new CandidatePool(areas, INITIAL_CAPACITY)).put(candidate));
    }

    public void removeCandidate(String tenant, UUID clientId) {
        write(() -> {
            CandidatePool pool = pools.get(tenant);
            if (pool != null) {
                pool.remove(clientId);
            }
        });
    }

    public void putVacancy(String tenant, VacancyData vacancy) {
        write(() -> vacancies.computeIfAbsent(tenant, t -> new LinkedHashMap<>()).put(vacancy.vacancyId(), vacancy));
    }

    public void removeVacancy(String tenant, UUID vacancyId) {
        write(() -> vacancies.getOrDefault(tenant, Map.of()).remove(vacancyId));
    }

    public void clear() {
        write(() -> {
            pools.clear();
            vacancies.clear();
        });
    }

    public int candidateCount(String tenant) {
        return read(() -> pools.containsKey(tenant) ? pools.get(tenant).size() : 0);
    }

    /** The best available candidates of the organisation for one of its open vacancies; empty when it has no such vacancy. */
    public Optional<Ranking> candidatesFor(String tenant, UUID vacancyId, MatchWeights weights, int limit, int nearMissLimit) {
        return read(() -> {
            VacancyData vacancy = vacancies.getOrDefault(tenant, Map.of()).get(vacancyId);
            if (vacancy == null) {
                return Optional.empty();
            }
            CandidatePool pool = pools.get(tenant);
            return Optional.of(pool == null ? new Ranking(List.of(), List.of(), 0, 0)
                    : pool.rank(vacancy, weights, limit, nearMissLimit));
        });
    }

    /** The best open vacancies of the organisation for one of its available candidates; empty when not in the pool. */
    public Optional<Ranking> vacanciesFor(String tenant, UUID clientId, MatchWeights weights, int limit, int nearMissLimit) {
        return read(() -> {
            CandidatePool pool = pools.get(tenant);
            Integer slot = pool == null ? null : pool.slotOf(clientId);
            if (slot == null) {
                return Optional.empty();
            }
            List<CandidatePool.Query> queries = new ArrayList<>();
            TopK matches = new TopK(limit);
            TopK nearMisses = new TopK(nearMissLimit);
            int eligible = 0;
            for (VacancyData vacancy : vacancies.getOrDefault(tenant, Map.of()).values()) {
                CandidatePool.Query q = pool.compile(vacancy);
                int entry = queries.size();
                queries.add(q);
                int failed = q.failures(slot);
                UUID id = vacancy.vacancyId();
                if (failed == 0) {
                    eligible++;
                    matches.offer(entry, q.weightedScore(slot, weights), id.getMostSignificantBits(), id.getLeastSignificantBits());
                } else if (Integer.bitCount(failed) == 1) {
                    nearMisses.offer(entry, q.weightedScore(slot, weights), id.getMostSignificantBits(), id.getLeastSignificantBits());
                }
            }
            return Optional.of(new Ranking(explain(queries, matches.best(), slot, weights),
                    explain(queries, nearMisses.best(), slot, weights), queries.size(), eligible));
        });
    }

    private static List<Match> explain(List<CandidatePool.Query> queries, int[] entries, int slot, MatchWeights weights) {
        List<Match> result = new ArrayList<>(entries.length);
        for (int entry : entries) {
            CandidatePool.Query q = queries.get(entry);
            result.add(q.explain(slot, weights, q.vacancyId()));
        }
        return result;
    }

    private void write(Runnable change) {
        lock.writeLock().lock();
        try {
            change.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private <T> T read(java.util.function.Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}
