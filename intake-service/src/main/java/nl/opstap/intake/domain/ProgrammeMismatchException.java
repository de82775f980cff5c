package nl.opstap.intake.domain;

import java.util.List;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.CriterionResult;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.Outcome;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.ProgrammeFit;

/**
 * An admission to a programme the client does not fit, without an override reason. Carries the criteria
 * that were not met, so that the consultant sees why; the edge answers it as a broken business rule.
 */
public class ProgrammeMismatchException extends RuntimeException {

    private final transient List<CriterionResult> unmet;

    public ProgrammeMismatchException(ProgrammeFit fit) {
        super("The client does not fit programme '" + fit.programme().name() + "'; give an overrideReason to admit anyway");
        this.unmet = fit.criteria().stream().filter(c -> c.outcome() == Outcome.NOT_MET).toList();
    }

    public List<CriterionResult> unmet() {
        return unmet;
    }
}
