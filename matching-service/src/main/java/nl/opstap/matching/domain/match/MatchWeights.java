package nl.opstap.matching.domain.match;

/** How much each criterion counts in an organisation's ranking; non-negative, at least one positive. */
public record MatchWeights(int workType, int competences, int riasec, int wishedCertificates) {

    public static final MatchWeights DEFAULT = new MatchWeights(3, 3, 2, 1);

    public MatchWeights {
        if (workType < 0 || competences < 0 || riasec < 0 || wishedCertificates < 0
                || workType + competences + riasec + wishedCertificates == 0) {
            throw new IllegalArgumentException("Match weights must be non-negative with at least one positive");
        }
    }

    int of(Criterion c) {
        return switch (c) {
            case WORK_TYPE -> workType;
            case COMPETENCES -> competences;
            case RIASEC -> riasec;
            case WISHED_CERTIFICATES -> wishedCertificates;
        };
    }

    int total() {
        return workType + competences + riasec + wishedCertificates;
    }
}
