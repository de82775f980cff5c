package nl.opstap.intake.rest;

import java.util.List;
import java.util.UUID;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.ProgrammeFit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Fit with one programme: FITS, DOES_NOT_FIT or INCOMPLETE (data missing), with every criterion explained")
public record ProgrammeFitView(UUID programmeId, int version, String name, String verdict, List<CriterionView> criteria) {
    static ProgrammeFitView of(ProgrammeFit fit) {
        return new ProgrammeFitView(fit.programme().programmeId(), fit.programme().version(), fit.programme().name(),
                fit.verdict().name(), fit.criteria().stream().map(CriterionView::of).toList());
    }
}
