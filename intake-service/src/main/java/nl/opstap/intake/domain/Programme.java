package nl.opstap.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.support.json.StoredJson;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A programme version as trajectory-service published it; intake's copy for evaluating fit. */
@Entity
@Table(name = "programme")
public class Programme {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String tenant;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String definition;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Embeddable
    public record Key(@Column(name = "programme_id") UUID programmeId, @Column(name = "version") int version) implements Serializable {
    }

    /** A programme version as trajectory-service published it; intake keeps it to evaluate fit and admit. */
    public static Programme of(String tenant, ProgrammePublished published, Instant publishedAt) {
        Programme programme = new Programme();
        programme.key = new Key(published.programmeId(), published.version());
        programme.tenant = tenant;
        programme.name = published.name();
        programme.definition = StoredJson.write(published);
        programme.publishedAt = publishedAt;
        return programme;
    }
}
