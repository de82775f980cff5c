package nl.opstap.employer.repository;

/** Filters of the employer search; null means "any". */
public record EmployerSearch(String name, String sbiCode, String postcodeArea, String network) {
}
