package nl.opstap.trajectory.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.events.ProgrammePublished.Criterion;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.CriterionOperator;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.trajectory.domain.ExtensionPolicy;
import nl.opstap.trajectory.domain.MaximumDurationRule;

/**
 * A programme version as trajectory-service keeps it: the published contract ({@link ProgrammePublished}) plus
 * the rules only trajectories need (review schedule, extension details, what happens at the maximum).
 */
public record ProgrammeDefinition(
        String name,
        List<TargetGroup> targetGroups,
        List<Criterion> inclusionCriteria,
        List<Criterion> exclusionCriteria,
        List<String> phases,
        int minDurationMonths,
        int maxDurationMonths,
        int maxExtensions,
        int maxExtensionMonths,
        int extensionTotalCapMonths,
        List<String> extensionReasons,
        boolean extensionNeedsSecondApproval,
        MaximumDurationRule atMaximumDuration,
        List<ReviewPoint> reviewSchedule,
        Integer reviewEveryWeeks,
        int aftercareMonths,
        BenefitSituation financialArrangement,
        BigDecimal plannedCostEur) {

    /** A planned review, counted from the start; {@code goNoGo} marks the explicit go/no-go moment. */
    public record ReviewPoint(int afterWeeks, boolean goNoGo) {
    }

    void validate() {
        if (minDurationMonths > maxDurationMonths) {
            throw ProblemException.invalid("minDurationMonths", "must not exceed maxDurationMonths");
        }
        if (maxExtensions == 0 && maxExtensionMonths > 0) {
            throw ProblemException.invalid("maxExtensionMonths", "must be 0 when no extension is allowed");
        }
        if (maxExtensions > 0 && maxExtensionMonths == 0) {
            throw ProblemException.invalid("maxExtensionMonths", "must be at least 1 when extensions are allowed");
        }
        if (phases.stream().distinct().count() != phases.size()) {
            throw ProblemException.invalid("phases", "must not repeat a phase");
        }
        checkCriteria("inclusionCriteria", inclusionCriteria);
        checkCriteria("exclusionCriteria", exclusionCriteria);
    }

    public ExtensionPolicy extensionPolicy() {
        return new ExtensionPolicy(maxExtensions, maxExtensionMonths, extensionTotalCapMonths, extensionReasons, extensionNeedsSecondApproval);
    }

    /** The first planned review after {@code after}, counted from the start; null when none is planned. */
    public LocalDate nextReviewAfter(LocalDate startedOn, LocalDate after) {
        for (ReviewPoint point : reviewSchedule) {
            LocalDate due = startedOn.plusWeeks(point.afterWeeks());
            if (due.isAfter(after)) {
                return due;
            }
        }
        return reviewEveryWeeks == null ? null : after.plusWeeks(reviewEveryWeeks);
    }

    private static void checkCriteria(String field, List<Criterion> criteria) {
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            int needed = switch (c.operator()) {
                case BETWEEN -> 2;
                case AT_LEAST, AT_MOST -> 1;
                case IN, NOT_IN -> -1;
                case IS_TRUE, IS_FALSE -> 0;
            };
            int given = c.values() == null ? 0 : c.values().size();
            boolean ok = needed == -1 ? given >= 1 : given == needed;
            if (!ok) {
                throw ProblemException.invalid(field + "[" + i + "].values", "wrong number of values for operator " + c.operator());
            }
            if (needed > 0) {
                for (String value : c.values()) {
                    if (!value.matches("-?[0-9]+")) {
                        throw ProblemException.invalid(field + "[" + i + "].values", "must be whole numbers for " + c.operator());
                    }
                }
            }
            if (c.operator() == CriterionOperator.BETWEEN && Integer.parseInt(c.values().get(0)) > Integer.parseInt(c.values().get(1))) {
                throw ProblemException.invalid(field + "[" + i + "].values", "lower bound exceeds upper bound");
            }
        }
    }

    ProgrammePublished toEvent(UUID programmeId, int version) {
        return new ProgrammePublished(programmeId, version, name, targetGroups, inclusionCriteria, exclusionCriteria, phases,
                minDurationMonths, maxDurationMonths, maxExtensions, maxExtensionMonths, aftercareMonths, financialArrangement,
                plannedCostEur);
    }
}
