package nl.opstap.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.opstap.events.EventEnvelope;
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
        if (programmes.findByIdOptional(new Programme.Key(published.programmeId(), published.version())).isPresent()) {
            return;
        }
        programmes.persist(Programme.of(envelope.tenant(), published, envelope.time()));
    }
}
