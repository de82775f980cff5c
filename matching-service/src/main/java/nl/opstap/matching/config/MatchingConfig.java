package nl.opstap.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import nl.opstap.matching.domain.match.MatchWeights;

/** Ranking weights per organisation: {@code opstap.matching.weights.<org>.work-type=...}; organisations not listed use "default". */
@ConfigMapping(prefix = "opstap.matching")
public interface MatchingConfig {

    Map<String, Weights> weights();

    interface Weights {
        @WithDefault("3")
        int workType();

        @WithDefault("3")
        int competences();

        @WithDefault("2")
        int riasec();

        @WithDefault("1")
        int wishedCertificates();
    }

    default MatchWeights weightsFor(String tenant) {
        Weights w = weights().getOrDefault(tenant, weights().get("default"));
        return w == null ? MatchWeights.DEFAULT : new MatchWeights(w.workType(), w.competences(), w.riasec(), w.wishedCertificates());
    }
}
