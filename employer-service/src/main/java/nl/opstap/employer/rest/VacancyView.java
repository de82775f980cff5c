package nl.opstap.employer.rest;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.employer.domain.CloseReason;
import nl.opstap.employer.domain.Vacancy;
import nl.opstap.employer.domain.VacancyDetails;
import nl.opstap.employer.domain.VacancyStatus;

public record VacancyView(UUID id, UUID employerId, VacancyStatus status, CloseReason closeReason, LocalDate publishedOn,
        LocalDate closedOn, VacancyDetails details) {

    static VacancyView of(Vacancy v) {
        return new VacancyView(v.id, v.employerId, v.status, v.closeReason, v.publishedOn, v.closedOn, v.details());
    }
}
