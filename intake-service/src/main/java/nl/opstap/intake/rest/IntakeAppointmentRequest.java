package nl.opstap.intake.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record IntakeAppointmentRequest(@Schema(example = "2026-11-24") @NotNull LocalDate plannedOn) {
}
