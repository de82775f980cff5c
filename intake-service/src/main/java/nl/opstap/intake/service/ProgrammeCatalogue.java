package nl.opstap.intake.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.intake.domain.Programme;
import nl.opstap.intake.repository.ProgrammeRepository;

/** Intake's copy of the programmes trajectory-service publishes. */
@ApplicationScoped
public class ProgrammeCatalogue {

    private final ProgrammeRepository programmes;

    ProgrammeCatalogue(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    /** Stores a published version; a version already known is left as it is (versions are immutable). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void published(EventEnvelope<?> envelope, ProgrammePublished published) {
        Programme.Key key = new Programme.Key(published.programmeId(), published.version());
        if (programmes.findByIdOptional(key).isPresent()) {
            return;
        }
        Programme programme = new Programme();
        programme.key = key;
        programme.tenant = envelope.tenant();
        programme.name = published.name();
        try {
            programme.definition = EventJson.mapper().writeValueAsString(published);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        programme.publishedAt = envelope.time();
        programmes.persist(programme);
    }
}
