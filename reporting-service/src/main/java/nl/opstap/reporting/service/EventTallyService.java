package nl.opstap.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.opstap.events.EventEnvelope;
import nl.opstap.reporting.domain.EventTally;
import nl.opstap.reporting.repository.EventTallyRepository;

@ApplicationScoped
public class EventTallyService {

    private final EventTallyRepository tallies;

    EventTallyService(EventTallyRepository tallies) {
        this.tallies = tallies;
    }

    /** Counts one event; the caller guarantees each event id arrives here once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void count(EventEnvelope<?> event) {
        EventTally.Key key = new EventTally.Key(event.tenant(), event.type());
        tallies.findByIdOptional(key).ifPresentOrElse(tally -> tally.count(event.time()),
                () -> tallies.persist(EventTally.first(key, event.time())));
    }
}
