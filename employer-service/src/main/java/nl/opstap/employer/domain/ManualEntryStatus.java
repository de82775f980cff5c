package nl.opstap.employer.domain;

public enum ManualEntryStatus {
    PENDING,
    APPROVED,
    REJECTED
}
