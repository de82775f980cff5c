package nl.opstap.employer.rest;

import java.time.Instant;
import nl.opstap.employer.domain.RulesetDefinition;
import nl.opstap.employer.domain.SroiRuleset;

public record RulesetView(String code, int version, String region, RulesetDefinition definition, Instant publishedAt, String publishedBy) {

    static RulesetView of(SroiRuleset r) {
        return new RulesetView(r.key.code(), r.key.version(), r.region, r.rules(), r.publishedAt, r.publishedBy);
    }
}
