package nl.opstap.trajectory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

record PhaseRequest(@Schema(description = "One of the programme's phases") @NotBlank @Size(max = 100) String phase) {
}
