package nl.opstap.employer.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.opstap.events.ClientProfile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Minimum level, 1 (weak) to 5 (strong), of each MKB 'Goed Werknemerschap' competence; absent sets no minimum")
public record CompetenceLevels(
        @Min(1) @Max(5) Integer socialSkills,
        @Min(1) @Max(5) Integer motivation,
        @Min(1) @Max(5) Integer workSkills,
        @Min(1) @Max(5) Integer learningAttitude) {

    ClientProfile.Competences toCompetences() {
        return new ClientProfile.Competences(socialSkills, motivation, workSkills, learningAttitude);
    }
}
