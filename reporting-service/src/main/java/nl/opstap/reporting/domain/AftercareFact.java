package nl.opstap.reporting.domain;

import java.time.LocalDate;
import java.util.UUID;

/** The end of a trajectory's aftercare (nazorg), and whether the client was still employed then. */
public record AftercareFact(UUID trajectoryId, UUID clientId, LocalDate endedOn, boolean stillEmployed) {
}
