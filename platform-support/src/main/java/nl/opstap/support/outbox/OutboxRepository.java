package nl.opstap.support.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

    /** Unsent events in publication order. */
    public List<OutboxEvent> nextBatch(int size) {
        return find("sentAt is null", Sort.by("id")).page(Page.ofSize(size)).list();
    }

    public long countUnsent() {
        return count("sentAt is null");
    }

    public boolean isSent(UUID eventId) {
        return count("eventId = ?1 and sentAt is not null", eventId) > 0;
    }

    public long deleteSentBefore(Instant cutoff) {
        return delete("sentAt is not null and sentAt < ?1", cutoff);
    }

    /**
     * Only one relay per service database sends at a time, so per-key order holds with several instances.
     * The lock is released when the transaction ends.
     */
    public boolean tryRelayLock() {
        Object locked = getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(hashtext('opstap-outbox-relay'))")
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }
}
