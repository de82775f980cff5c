package nl.opstap.matching.domain.placement;

/** Why an employer declines a proposed candidate; codes so that the pipeline can be analysed, a note says the rest. */
public enum RejectionReason {
    COMPETENCES,
    HOURS,
    TRAVEL,
    WAGE_VALUE,
    VACANCY_FILLED,
    OTHER
}
