package nl.opstap.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.events.DevelopmentMeasured;
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

    /**
     * What this assessment says about the client's development, for reporting: the ladder step, the ZRM average or the
     * wage value; empty for the other instruments. The ZRM goes out as its average: the score per life domain is
     * health-related and stays here.
     */
    public static Optional<DevelopmentMeasured> developmentMeasured(Assessment assessment, InstrumentResult result) {
        if (result instanceof InstrumentResult.ParticipationLadder ladder) {
            return Optional.of(new DevelopmentMeasured(assessment.id, assessment.clientId, assessment.assessedOn, ladder.step(), null, null));
        }
        if (result instanceof InstrumentResult.Zrm zrm) {
            int sum = zrm.scores().values().stream().mapToInt(Integer::intValue).sum();
            BigDecimal average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(zrm.scores().size()), 1, RoundingMode.HALF_UP);
            return Optional.of(new DevelopmentMeasured(assessment.id, assessment.clientId, assessment.assessedOn, null, average, null));
        }
        if (result instanceof InstrumentResult.WageValue wageValue) {
            return Optional.of(new DevelopmentMeasured(assessment.id, assessment.clientId, assessment.assessedOn, null, null, wageValue.percent()));
        }
        return Optional.empty();
    }
}
