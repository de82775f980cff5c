package nl.opstap.matching.domain.match;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The in-memory matching index: per organisation a columnar {@link CandidatePool} with its open vacancies
 * ({@link VacancyColumns}). A query only ever sees its own organisation's pool. Many readers, one writer at a time.
 */
public final class MatchIndex {

    private static final int INITIAL_CAPACITY = 1024;

    private final PostcodeAreas areas;
    private final Map<String, CandidatePool> pools = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public MatchIndex(PostcodeAreas areas) {
        this.areas = areas;
    }

    public void putCandidate(String tenant, CandidateData candidate) {
        write(() -> poolOf(tenant).put(candidate));
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
        write(() -> poolOf(tenant).vacancies().put(vacancy));
    }

    public void removeVacancy(String tenant, UUID vacancyId) {
        write(() -> {
            CandidatePool pool = pools.get(tenant);
            if (pool != null) {
                pool.vacancies().remove(vacancyId);
            }
        });
    }

    public void clear() {
        write(pools::clear);
    }

    public int candidateCount(String tenant) {
        return read(() -> pools.containsKey(tenant) ? pools.get(tenant).size() : 0);
    }

    /** The best available candidates of the organisation for one of its open vacancies; empty when it has no such vacancy. */
    public Optional<Ranking> candidatesFor(String tenant, UUID vacancyId, MatchWeights weights, int limit, int nearMissLimit) {
        return read(() -> {
            CandidatePool pool = pools.get(tenant);
            VacancyData vacancy = pool == null ? null : pool.vacancies().find(vacancyId);
            return vacancy == null ? Optional.empty() : Optional.of(pool.rank(vacancy, weights, limit, nearMissLimit));
        });
    }

    /** The best open vacancies of the organisation for one of its available candidates; empty when not in the pool. */
    public Optional<Ranking> vacanciesFor(String tenant, UUID clientId, MatchWeights weights, int limit, int nearMissLimit) {
        return read(() -> {
            CandidatePool pool = pools.get(tenant);
            Integer slot = pool == null ? null : pool.slotOf(clientId);
            return slot == null ? Optional.empty() : Optional.of(pool.vacancies().rank(slot, weights, limit, nearMissLimit));
        });
    }

    private CandidatePool poolOf(String tenant) {
        return pools.computeIfAbsent(tenant, t -> new CandidatePool(areas, INITIAL_CAPACITY));
    }

    private void write(Runnable change) {
        lock.writeLock().lock();
        try {
            change.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private <T> T read(Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}
