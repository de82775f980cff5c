package nl.opstap.trajectory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.opstap.trajectory.domain.Review;

record ParticipantRequest(@NotNull Review.ParticipantRole role, @NotBlank @Size(max = 100) String name) {

    Review.Participant toParticipant() {
        return new Review.Participant(role, name);
    }
}
