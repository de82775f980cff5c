package nl.opstap.employer.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.opstap.employer.domain.RulesetDefinition;
import nl.opstap.employer.domain.SroiRuleset;
import nl.opstap.employer.repository.RulesetRepository;
import nl.opstap.support.domain.NotFoundException;

@ApplicationScoped
public class RulesetService {

    private final RulesetRepository rulesets;
    private final Clock clock;

    RulesetService(RulesetRepository rulesets, Clock clock) {
        this.rulesets = rulesets;
        this.clock = clock;
    }

    /** Stores the next version of a ruleset; contracts signed under an earlier version keep theirs. */
    @Transactional
    public SroiRuleset publish(Viewer viewer, String code, String region, RulesetDefinition definition) {
        int version = rulesets.newest(viewer.tenant(), code).map(newest -> newest.key.version() + 1).orElse(1);
        SroiRuleset ruleset = SroiRuleset.version(viewer.tenant(), code, version, region, definition, viewer.name(), clock.instant());
        rulesets.persist(ruleset);
        return ruleset;
    }

    public SroiRuleset newest(String tenant, String code) {
        return rulesets.newest(tenant, code).orElseThrow(() -> new NotFoundException("Ruleset", code));
    }

    public SroiRuleset version(String tenant, String code, int version) {
        return rulesets.version(tenant, code, version).orElseThrow(() -> new NotFoundException("Ruleset", code + "@" + version));
    }

    public PanacheQuery<SroiRuleset> list(Viewer viewer) {
        return rulesets.ofTenant(viewer.tenant());
    }
}
