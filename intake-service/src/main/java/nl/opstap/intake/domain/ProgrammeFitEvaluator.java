package nl.opstap.intake.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.events.ProgrammePublished.Criterion;
import nl.opstap.events.vocabulary.CriterionAttribute;

/**
 * Decides whether a client fits a programme and explains each criterion, so the consultant sees at intake
 * what would otherwise surface months later as a referral that did not fit. Pure: no framework, no I/O.
 */
public final class ProgrammeFitEvaluator {

    public enum Verdict { FITS, DOES_NOT_FIT, INCOMPLETE }

    public enum Outcome { MET, NOT_MET, UNKNOWN }

    public enum Kind { TARGET_GROUP, INCLUSION, EXCLUSION }

    public record CriterionResult(String code, String description, Kind kind, CriterionAttribute attribute, String operator,
            List<String> values, ClientFact fact, Outcome outcome, String explanation) {
    }

    public record ProgrammeFit(ProgrammePublished programme, Verdict verdict, List<CriterionResult> criteria) {
    }

    private ProgrammeFitEvaluator() {
    }

    public static ProgrammeFit evaluate(ProgrammePublished programme, Map<CriterionAttribute, ClientFact> facts) {
        List<CriterionResult> results = new ArrayList<>();
        results.add(targetGroup(programme, facts.get(CriterionAttribute.TARGET_GROUP)));
        for (Criterion c : programme.inclusionCriteria()) {
            results.add(criterion(c, Kind.INCLUSION, facts.get(c.attribute())));
        }
        for (Criterion c : programme.exclusionCriteria()) {
            results.add(criterion(c, Kind.EXCLUSION, facts.get(c.attribute())));
        }
        Verdict verdict = results.stream().anyMatch(r -> r.outcome() == Outcome.NOT_MET) ? Verdict.DOES_NOT_FIT
                : results.stream().anyMatch(r -> r.outcome() == Outcome.UNKNOWN) ? Verdict.INCOMPLETE
                : Verdict.FITS;
        return new ProgrammeFit(programme, verdict, results);
    }

    private static CriterionResult targetGroup(ProgrammePublished programme, ClientFact fact) {
        List<String> groups = programme.targetGroups().stream().map(Enum::name).toList();
        String description = "Target group is one of the programme's target groups";
        if (fact == null) {
            return new CriterionResult("target-group", description, Kind.TARGET_GROUP, CriterionAttribute.TARGET_GROUP, "IN", groups,
                    null, Outcome.UNKNOWN, "Target group not known");
        }
        boolean in = groups.contains(fact.value());
        return new CriterionResult("target-group", description, Kind.TARGET_GROUP, CriterionAttribute.TARGET_GROUP, "IN", groups, fact,
                in ? Outcome.MET : Outcome.NOT_MET,
                "Target group " + fact.value() + (in ? " is " : " is not ") + "among " + groups);
    }

    private static CriterionResult criterion(Criterion c, Kind kind, ClientFact fact) {
        if (fact == null) {
            return new CriterionResult(c.code(), c.description(), kind, c.attribute(), c.operator().name(), c.values(), null,
                    Outcome.UNKNOWN, label(c.attribute()) + " has not been assessed");
        }
        boolean holds = holds(c, fact.value());
        // An inclusion criterion is met when it holds; an exclusion criterion when it does not.
        boolean met = kind == Kind.EXCLUSION ? !holds : holds;
        String explanation = label(c.attribute()) + " " + fact.value()
                + (fact.asOf() == null ? "" : " (" + fact.source() + ", " + fact.asOf() + ")")
                + (holds ? " satisfies " : " does not satisfy ") + describe(c)
                + (kind == Kind.EXCLUSION ? (holds ? ": excluded" : ": not excluded") : "");
        return new CriterionResult(c.code(), c.description(), kind, c.attribute(), c.operator().name(), c.values(), fact,
                met ? Outcome.MET : Outcome.NOT_MET, explanation);
    }

    static boolean holds(Criterion c, String value) {
        List<String> v = c.values();
        return switch (c.operator()) {
            case IN -> v.contains(value);
            case NOT_IN -> !v.contains(value);
            case BETWEEN -> number(value) >= number(v.get(0)) && number(value) <= number(v.get(1));
            case AT_LEAST -> number(value) >= number(v.get(0));
            case AT_MOST -> number(value) <= number(v.get(0));
            case IS_TRUE -> Boolean.parseBoolean(value);
            case IS_FALSE -> !Boolean.parseBoolean(value);
        };
    }

    private static String describe(Criterion c) {
        List<String> v = c.values();
        return switch (c.operator()) {
            case IN -> "one of " + v;
            case NOT_IN -> "none of " + v;
            case BETWEEN -> "between " + v.get(0) + " and " + v.get(1);
            case AT_LEAST -> "at least " + v.get(0);
            case AT_MOST -> "at most " + v.get(0);
            case IS_TRUE -> "must be true";
            case IS_FALSE -> "must be false";
        };
    }

    private static String label(CriterionAttribute attribute) {
        String words = attribute.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static double number(String value) {
        return Double.parseDouble(value);
    }
}
