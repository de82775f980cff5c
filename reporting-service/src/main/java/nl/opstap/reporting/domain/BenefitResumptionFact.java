package nl.opstap.reporting.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A former client back on benefits, as the municipality reported it. */
public record BenefitResumptionFact(UUID clientId, LocalDate resumedOn) {
}
