package nl.opstap.trajectory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

record CoachRequest(@Schema(description = "Username of the consultant or jobcoach", example = "uw-jobcoach")
                    @NotBlank @Size(max = 100) String coach) {
}
