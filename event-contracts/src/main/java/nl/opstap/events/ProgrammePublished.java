package nl.opstap.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.CriterionAttribute;
import nl.opstap.events.vocabulary.CriterionOperator;
import nl.opstap.events.vocabulary.PriceUnit;
import nl.opstap.events.vocabulary.TargetGroup;

/**
 * A programme version (traject-type) was published; versions are immutable once used.
 *
 * @param plannedCostEur the programme's price in euros, per {@code priceUnit}; absent when it has none
 * @param priceUnit      per trajectory or per month begun; absent (from producers before it was added) means per trajectory
 */
public record ProgrammePublished(
        UUID programmeId,
        int version,
        String name,
        List<TargetGroup> targetGroups,
        List<Criterion> inclusionCriteria,
        List<Criterion> exclusionCriteria,
        List<String> phases,
        int minDurationMonths,
        int maxDurationMonths,
        int maxExtensions,
        int maxExtensionMonths,
        int aftercareMonths,
        BenefitSituation financialArrangement,
        BigDecimal plannedCostEur,
        PriceUnit priceUnit) implements EventPayload {

    /** One testable rule; {@code code} is stable so explanations can refer to it. */
    public record Criterion(String code, String description, CriterionAttribute attribute, CriterionOperator operator, List<String> values) {
    }

    @Override
    public EventType eventType() {
        return EventType.PROGRAMME_PUBLISHED;
    }
}
