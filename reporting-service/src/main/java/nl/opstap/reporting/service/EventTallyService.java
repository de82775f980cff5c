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
        EventTally tally = tallies.findByIdOptional(key).orElse(null);
        if (tally == null) {
            tally = new EventTally();
            tally.key = key;
            tally.eventCount = 1;
            tally.lastEventAt = event.time();
            tallies.persist(tally);
            return;
        }
        tally.eventCount++;
        if (event.time().isAfter(tally.lastEventAt)) {
            tally.lastEventAt = event.time();
        }
    }
}
