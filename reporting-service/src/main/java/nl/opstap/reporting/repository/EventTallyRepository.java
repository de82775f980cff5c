package nl.opstap.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.opstap.reporting.domain.EventTally;

@ApplicationScoped
public class EventTallyRepository implements PanacheRepositoryBase<EventTally, EventTally.Key> {

    public List<EventTally> forTenant(String tenant) {
        return list("key.tenant", Sort.by("key.eventType"), tenant);
    }
}
