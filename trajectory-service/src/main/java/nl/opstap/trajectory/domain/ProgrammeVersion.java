package nl.opstap.trajectory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import nl.opstap.support.json.StoredJson;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One published version of a programme. Immutable: trajectories started under it keep its rules. */
@Entity
@Table(name = "programme_version")
public class ProgrammeVersion {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String tenant;

    @Column(nullable = false)
    public String name;

    /** The programme's rules as published (the ProgrammePublished payload). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String definition;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    public static ProgrammeVersion of(String tenant, UUID programmeId, int version, ProgrammeDefinition definition, String publishedBy,
            Instant now) {
        ProgrammeVersion row = new ProgrammeVersion();
        row.key = new Key(programmeId, version);
        row.tenant = tenant;
        row.name = definition.name();
        row.definition = StoredJson.write(definition);
        row.publishedAt = now;
        row.publishedBy = publishedBy;
        return row;
    }

    public ProgrammeDefinition rules() {
        return StoredJson.read(definition, ProgrammeDefinition.class);
    }

    @Embeddable
    public record Key(@Column(name = "programme_id") UUID programmeId, @Column(name = "version") int version) implements Serializable {
    }
}
