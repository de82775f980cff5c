package nl.opstap.employer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import nl.opstap.support.json.StoredJson;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of an SROI ruleset; never changed once stored: a change is the next version. */
@Entity
@Table(name = "sroi_ruleset")
public class SroiRuleset {

    @Embeddable
    public record Key(String tenant, String code, int version) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String region;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String definition;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    public static SroiRuleset version(String tenant, String code, int version, String region, RulesetDefinition definition, String by,
            Instant now) {
        SroiRuleset ruleset = new SroiRuleset();
        ruleset.key = new Key(tenant, code, version);
        ruleset.region = region;
        ruleset.definition = StoredJson.write(definition);
        ruleset.publishedAt = now;
        ruleset.publishedBy = by;
        return ruleset;
    }

    public RulesetDefinition rules() {
        return StoredJson.read(definition, RulesetDefinition.class);
    }

    /** How a ledger entry names the rules it was computed with, e.g. {@code HAAGLANDEN-2023@2}. */
    public String label() {
        return key.code() + "@" + key.version();
    }
}
