package nl.opstap.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.intake.domain.Programme;
import nl.opstap.intake.repository.ProgrammeRepository;
import nl.opstap.support.json.StoredJson;

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
        programme.definition = StoredJson.write(published);
        programme.publishedAt = envelope.time();
        programmes.persist(programme);
    }
}
