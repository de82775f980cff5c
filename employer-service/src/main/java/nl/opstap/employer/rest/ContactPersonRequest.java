package nl.opstap.employer.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.opstap.employer.domain.ContactPerson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Someone at the employer the account manager deals with; never shared in events")
public record ContactPersonRequest(
        @Schema(example = "Petra de Linde") @NotBlank @Size(max = 200) String name,
        @Schema(example = "HR-manager") @Size(max = 100) String role,
        @Schema(example = "petra@delinde.example") @Email @Size(max = 200) String email,
        @Schema(example = "+31 30 123 4567") @Size(max = 30) @Pattern(regexp = "[+0-9 ()-]{6,30}", message = "must be a phone number") String phone) {

    ContactPerson toContactPerson() {
        return new ContactPerson(name.strip(), role, email, phone);
    }
}
