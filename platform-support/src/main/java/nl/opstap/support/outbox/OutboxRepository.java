package nl.opstap.support.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

    /** Unsent events in publication order. */
    public List<OutboxEvent> nextBatch(int size) {
        return find("sentAt is null", Sort.by("id")).page(Page.ofSize(size)).list();
    }

    public void markSent(List<Long> ids, Instant at) {
        if (!ids.isEmpty()) {
            update("sentAt = ?1, attempts = attempts + 1 where id in ?2", at, ids);
        }
    }

    public long countUnsent() {
        return count("sentAt is null");
    }

    public long deleteSentBefore(Instant cutoff) {
        return delete("sentAt is not null and sentAt < ?1", cutoff);
    }
}
