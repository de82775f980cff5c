package nl.opstap.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One service's answer to a data-subject request: how many records, and for an export its part, still sealed. */
@Entity
@Table(name = "data_subject_request_part")
public class DataSubjectRequestPart {

    @Embeddable
    public record Key(@Column(name = "request_id") UUID requestId, @Column(name = "service") String service) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int records;

    @Column(name = "sealed_export")
    public String sealedExport;

    @Column(name = "completed_at", nullable = false)
    public Instant completedAt;

    public static DataSubjectRequestPart of(UUID requestId, String service, int records, String sealedExport, Instant now) {
        DataSubjectRequestPart part = new DataSubjectRequestPart();
        part.key = new Key(requestId, service);
        part.records = records;
        part.sealedExport = sealedExport;
        part.completedAt = now;
        return part;
    }
}
