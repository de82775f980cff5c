package nl.opstap.trajectory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.opstap.support.json.StoredJson;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One coach's list of signalled trajectories for one day. */
@Entity
@Table(name = "signal_digest")
public class SignalDigest {

    @EmbeddedId
    public Key key;

    /** JSON list of {trajectoryId, clientId, signals}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String items;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    public static SignalDigest of(Key key) {
        SignalDigest digest = new SignalDigest();
        digest.key = key;
        return digest;
    }

    /** Today's list replaces an earlier run of the same day. */
    public void replaceItems(List<?> items, Instant now) {
        this.items = StoredJson.write(items);
        this.computedAt = now;
    }

    @Embeddable
    public record Key(@Column(name = "tenant") String tenant, @Column(name = "coach") String coach,
            @Column(name = "computed_on") LocalDate computedOn) implements Serializable {
    }
}
