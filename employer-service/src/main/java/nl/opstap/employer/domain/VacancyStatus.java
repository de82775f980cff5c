package nl.opstap.employer.domain;

public enum VacancyStatus {
    DRAFT,
    PUBLISHED,
    CLOSED
}
