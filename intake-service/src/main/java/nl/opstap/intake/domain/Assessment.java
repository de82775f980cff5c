package nl.opstap.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.support.json.StoredJson;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One dated result of one instrument. Never updated: a new result is a new row, so change over time shows. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Instrument instrument;

    @Column(name = "assessed_on", nullable = false)
    public LocalDate assessedOn;

    /** The instrument's result as JSON; its shape is the instrument's result record in the service layer. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String result;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** One dated instrument result; history is kept, so a new result never changes an old one. */
    public static Assessment record(String tenant, UUID clientId, LocalDate assessedOn, InstrumentResult result, String recordedBy,
            Instant now) {
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.tenant = tenant;
        assessment.clientId = clientId;
        assessment.instrument = result.instrument();
        assessment.assessedOn = assessedOn;
        assessment.result = StoredJson.write(result);
        assessment.recordedAt = now;
        assessment.recordedBy = recordedBy;
        return assessment;
    }
}
