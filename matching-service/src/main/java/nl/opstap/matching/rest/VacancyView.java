package nl.opstap.matching.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.matching.domain.CommaList;
import nl.opstap.matching.domain.Vacancy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A vacancy as matching knows it from employer-service's events")
public record VacancyView(UUID vacancyId, UUID employerId, String title, String occupationIsco, String workType,
        Integer hoursPerWeekMin, Integer hoursPerWeek, String postcodeArea, LocalDate startDate, LocalDate endDate,
        Integer minWageValuePercent, List<String> physicalDemands, List<String> requiredCertificates,
        List<String> wishedCertificates, String riasecCode, LocalDate publishedOn,
        @Schema(description = "Set once the vacancy is closed; closed vacancies are not matched") LocalDate closedOn) {

    static VacancyView of(Vacancy v) {
        return new VacancyView(v.vacancyId, v.employerId, v.title, v.occupationIsco, v.workType, v.hoursPerWeekMin,
                v.hoursPerWeek, v.postcodeArea, v.startDate, v.endDate, v.minWageValuePercent,
                CommaList.split(v.physicalDemands), CommaList.split(v.requiredCertificates),
                CommaList.split(v.wishedCertificates), v.riasecCode, v.publishedOn, v.closedOn);
    }
}
