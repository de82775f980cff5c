package nl.opstap.employer.domain;

import java.time.LocalDate;
import java.util.List;
import nl.opstap.events.ClientProfile;
import nl.opstap.events.vocabulary.PhysicalLimit;
import nl.opstap.events.vocabulary.PlacementKind;

/**
 * What an employer describes about a vacancy or place. {@code hoursPerWeekMin} null means the maximum only;
 * the additionality statement (the place does not displace paid staff) is needed to publish.
 */
public record VacancyDetails(
        PlacementKind kind,
        String title,
        String occupationIsco,
        String escoUri,
        String workType,
        Integer hoursPerWeekMin,
        int hoursPerWeekMax,
        String postcode,
        LocalDate startDate,
        LocalDate endDate,
        int openings,
        ClientProfile.Competences requiredCompetences,
        List<String> wishedCompetences,
        List<String> requiredCertificates,
        List<String> wishedCertificates,
        List<PhysicalLimit> physicalDemands,
        Integer minWageValuePercent,
        boolean wageCostSubsidyPossible,
        String riasecCode,
        boolean sroiEligible,
        String additionalityStatement) {

    public String postcodeArea() {
        return postcode.substring(0, 4);
    }

    public boolean hasAdditionalityStatement() {
        return additionalityStatement != null && !additionalityStatement.isBlank();
    }
}
