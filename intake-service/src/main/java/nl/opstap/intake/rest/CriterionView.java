package nl.opstap.intake.rest;

import java.time.LocalDate;
import java.util.List;
import nl.opstap.intake.domain.ClientFact;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.CriterionResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One criterion: MET, NOT_MET or UNKNOWN, the client data it used and why")
public record CriterionView(String code, String description, String kind, String attribute, String operator, List<String> values,
        String clientValue, String source, LocalDate asOf, String outcome, String explanation) {
    static CriterionView of(CriterionResult r) {
        ClientFact f = r.fact();
        return new CriterionView(r.code(), r.description(), r.kind().name(), r.attribute().name(), r.operator(), r.values(),
                f == null ? null : f.value(), f == null ? null : f.source(), f == null ? null : f.asOf(), r.outcome().name(),
                r.explanation());
    }
}
