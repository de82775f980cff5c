package nl.opstap.trajectory.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.support.domain.NotFoundException;
import nl.opstap.support.outbox.EventPublisher;
import nl.opstap.trajectory.domain.ProgrammeDefinition;
import nl.opstap.trajectory.domain.ProgrammeVersion;
import nl.opstap.trajectory.repository.ProgrammeVersionRepository;

/** The programme catalogue: every change is a new published version, announced to intake and reporting. */
@ApplicationScoped
public class ProgrammeService {

    private final ProgrammeVersionRepository versions;
    private final EventPublisher events;
    private final Clock clock;

    ProgrammeService(ProgrammeVersionRepository versions, EventPublisher events, Clock clock) {
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Publishes a programme: {@code programmeId} null starts a new programme at version 1, otherwise the
     * next version of an existing one.
     */
    @Transactional
    public ProgrammeVersion publish(String tenant, String publishedBy, UUID programmeId, ProgrammeDefinition definition) {
        UUID id = programmeId == null ? UUID.randomUUID() : programmeId;
        int version = programmeId == null ? 1 : latest(tenant, programmeId).key.version() + 1;
        ProgrammeVersion published = ProgrammeVersion.of(tenant, id, version, definition, publishedBy, clock.instant());
        versions.persist(published);
        events.publish(tenant, id, definition.toEvent(id, version));
        return published;
    }

    /** The newest version of every programme of the organisation, by name. */
    public PanacheQuery<ProgrammeVersion> latestOfTenant(String tenant) {
        return versions.latestForTenant(tenant);
    }

    public ProgrammeVersion latest(String tenant, UUID programmeId) {
        return versions.latest(tenant, programmeId).orElseThrow(() -> new NotFoundException("Programme", programmeId));
    }

    /** The rules of one stored version, if this service holds it. */
    public Optional<ProgrammeDefinition> find(UUID programmeId, int version) {
        return versions.findByIdOptional(new ProgrammeVersion.Key(programmeId, version)).map(ProgrammeVersion::rules);
    }

    /** The rules of the version a stored trajectory runs under, which must exist. */
    public ProgrammeDefinition definition(UUID programmeId, int version) {
        return find(programmeId, version)
                .orElseThrow(() -> new IllegalStateException("Programme version " + programmeId + "/" + version + " missing"));
    }
}
