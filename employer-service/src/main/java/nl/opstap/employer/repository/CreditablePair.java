package nl.opstap.employer.repository;

import java.util.UUID;

/** A placement and a signed contract of its employer: one unit of the daily accrual. */
public record CreditablePair(UUID placementId, UUID contractId) {
}
