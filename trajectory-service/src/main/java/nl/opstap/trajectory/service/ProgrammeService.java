package nl.opstap.trajectory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.support.json.StoredJson;
import nl.opstap.support.outbox.EventPublisher;
import nl.opstap.support.problem.ProblemException;
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
        definition.validate();
        UUID id = programmeId == null ? UUID.randomUUID() : programmeId;
        int version = 1;
        if (programmeId != null) {
            version = versions.latest(tenant, programmeId)
                    .orElseThrow(() -> ProblemException.notFound("Programme", programmeId))
                    .key.version() + 1;
        }
        ProgrammePublished published = definition.toEvent(id, version);
        ProgrammeVersion row = new ProgrammeVersion();
        row.key = new ProgrammeVersion.Key(id, version);
        row.tenant = tenant;
        row.name = definition.name();
        row.definition = StoredJson.write(definition);
        row.publishedAt = clock.instant();
        row.publishedBy = publishedBy;
        versions.persist(row);
        events.publish(tenant, id, published);
        return row;
    }

    /** The rules of one stored version. */
    public ProgrammeDefinition definition(UUID programmeId, int version) {
        return versions.findByIdOptional(new ProgrammeVersion.Key(programmeId, version))
                .map(v -> fromJson(v.definition))
                .orElseThrow(() -> new IllegalStateException("Programme version " + programmeId + "/" + version + " missing"));
    }

    public static ProgrammeDefinition fromJson(String json) {
        return StoredJson.read(json, ProgrammeDefinition.class);
    }
}
