package nl.opstap.trajectory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.ProgrammePublished.Criterion;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.PriceUnit;
import nl.opstap.events.vocabulary.TargetGroup;

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
        BigDecimal plannedCostEur,
        PriceUnit priceUnit) {

    /** A planned review, counted from the start; {@code goNoGo} marks the explicit go/no-go moment. */
    public record ReviewPoint(int afterWeeks, boolean goNoGo) {
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

    public ProgrammePublished toEvent(UUID programmeId, int version) {
        return new ProgrammePublished(programmeId, version, name, targetGroups, inclusionCriteria, exclusionCriteria, phases,
                minDurationMonths, maxDurationMonths, maxExtensions, maxExtensionMonths, aftercareMonths, financialArrangement,
                plannedCostEur, priceUnit == null ? PriceUnit.PER_TRAJECTORY : priceUnit);
    }
}
