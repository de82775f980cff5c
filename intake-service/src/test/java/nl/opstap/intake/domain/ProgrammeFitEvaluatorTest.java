package nl.opstap.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.ProgrammePublished.Criterion;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.CriterionAttribute;
import nl.opstap.events.vocabulary.CriterionOperator;
import nl.opstap.events.vocabulary.PriceUnit;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.Outcome;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.ProgrammeFit;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.Verdict;
import org.junit.jupiter.api.Test;

class ProgrammeFitEvaluatorTest {

    private static final LocalDate ASSESSED = LocalDate.of(2026, 11, 2);

    private static final ProgrammePublished PROGRAMME = new ProgrammePublished(UUID.randomUUID(), 1, "UW Werkfit",
            List.of(TargetGroup.PARTICIPATIEWET, TargetGroup.NUG),
            List.of(new Criterion("ladder-3-6", "Ladder 3-6", CriterionAttribute.PARTICIPATION_LADDER_STEP, CriterionOperator.BETWEEN,
                            List.of("3", "6")),
                    new Criterion("motivated", "Motivation at least 3", CriterionAttribute.MOTIVATION, CriterionOperator.AT_LEAST,
                            List.of("3"))),
            List.of(new Criterion("in-depth", "In-depth diagnosis first", CriterionAttribute.IN_DEPTH_DIAGNOSIS_NEEDED,
                    CriterionOperator.IS_TRUE, List.of())),
            List.of("one"), 1, 6, 0, 0, 3, BenefitSituation.RETAINED_BENEFIT, BigDecimal.valueOf(4500),
            PriceUnit.PER_TRAJECTORY);

    private static Map<CriterionAttribute, ClientFact> facts(String ladder, String motivation, String inDepth) {
        Map<CriterionAttribute, ClientFact> facts = new EnumMap<>(CriterionAttribute.class);
        facts.put(CriterionAttribute.TARGET_GROUP, new ClientFact("PARTICIPATIEWET", "referral", ASSESSED));
        if (ladder != null) {
            facts.put(CriterionAttribute.PARTICIPATION_LADDER_STEP, new ClientFact(ladder, "PARTICIPATION_LADDER", ASSESSED));
        }
        if (motivation != null) {
            facts.put(CriterionAttribute.MOTIVATION, new ClientFact(motivation, "COMPETENCES", ASSESSED));
        }
        facts.put(CriterionAttribute.IN_DEPTH_DIAGNOSIS_NEEDED, new ClientFact(inDepth, "IN_DEPTH_DIAGNOSIS", ASSESSED));
        return facts;
    }

    @Test
    void allCriteriaMetFits() {
        ProgrammeFit fit = ProgrammeFitEvaluator.evaluate(PROGRAMME, facts("4", "3", "false"));
        assertEquals(Verdict.FITS, fit.verdict());
        assertTrue(fit.criteria().stream().allMatch(c -> c.outcome() == Outcome.MET));
        assertEquals(4, fit.criteria().size(), "target group, two inclusions and one exclusion");
    }

    @Test
    void boundariesAreInclusive() {
        assertEquals(Verdict.FITS, ProgrammeFitEvaluator.evaluate(PROGRAMME, facts("3", "3", "false")).verdict());
        assertEquals(Verdict.FITS, ProgrammeFitEvaluator.evaluate(PROGRAMME, facts("6", "5", "false")).verdict());
    }

    @Test
    void aFailedInclusionSaysWhichValueFailedAndWhy() {
        ProgrammeFit fit = ProgrammeFitEvaluator.evaluate(PROGRAMME, facts("2", "4", "false"));
        assertEquals(Verdict.DOES_NOT_FIT, fit.verdict());
        ProgrammeFitEvaluator.CriterionResult ladder = fit.criteria().stream().filter(c -> c.code().equals("ladder-3-6")).findFirst().orElseThrow();
        assertEquals(Outcome.NOT_MET, ladder.outcome());
        assertEquals("2", ladder.fact().value());
        assertTrue(ladder.explanation().contains("2") && ladder.explanation().contains("between 3 and 6"), ladder.explanation());
    }

    @Test
    void anExclusionThatHoldsExcludes() {
        ProgrammeFit fit = ProgrammeFitEvaluator.evaluate(PROGRAMME, facts("4", "4", "true"));
        assertEquals(Verdict.DOES_NOT_FIT, fit.verdict());
        assertTrue(fit.criteria().stream().anyMatch(c -> c.code().equals("in-depth") && c.explanation().endsWith("excluded")));
    }

    @Test
    void missingDataIsIncompleteNotAFailure() {
        ProgrammeFit fit = ProgrammeFitEvaluator.evaluate(PROGRAMME, facts("4", null, "false"));
        assertEquals(Verdict.INCOMPLETE, fit.verdict());
        assertTrue(fit.criteria().stream().anyMatch(c -> c.code().equals("motivated") && c.outcome() == Outcome.UNKNOWN));
    }

    @Test
    void aTargetGroupOutsideTheProgrammeDoesNotFit() {
        Map<CriterionAttribute, ClientFact> facts = facts("4", "4", "false");
        facts.put(CriterionAttribute.TARGET_GROUP, new ClientFact("WAJONG", "referral", ASSESSED));
        ProgrammeFit fit = ProgrammeFitEvaluator.evaluate(PROGRAMME, facts);
        assertEquals(Verdict.DOES_NOT_FIT, fit.verdict());
        assertEquals(Outcome.NOT_MET, fit.criteria().get(0).outcome());
    }
}
