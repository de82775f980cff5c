package nl.opstap.intake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.intake.domain.Bsn;
import nl.opstap.intake.domain.NewReferral;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A referral (aanmelding) from a municipal case system (GWS): only what the intake needs")
public record ReferralRequest(
        @Schema(description = "The municipality's own reference for this referral; the natural idempotency key", example = "UTR-2026-004711")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._/-]+", message = "may contain letters, digits and . _ / - only")
        String municipalityReference,
        @Schema(description = "Burgerservicenummer (BSN), 9 digits, 11-proef; stored encrypted, never returned", example = "111222333")
        @NotNull @Size(max = 9) @ValidBsn
        String bsn,
        @NotNull @Valid
        PersonName name,
        @Schema(description = "Date of birth; the client must be between 15 and 100 years old today (the Amsterdam date)",
                example = "1990-04-12")
        @NotNull @AgeBetween(min = 15, max = 100)
        LocalDate dateOfBirth,
        @Valid
        Contact contact,
        @Schema(description = "Doelgroep")
        @NotNull
        TargetGroup targetGroup,
        @Schema(description = "Benefit situation (uitkeringssituatie)")
        @NotNull
        BenefitSituation benefitSituation,
        @Schema(description = "The municipality's question or remarks (vraagstelling)")
        @Size(max = 2000)
        String question,
        @Schema(description = "Programme the municipality indicates, if any")
        UUID indicatedProgrammeId,
        @Schema(description = "The day the municipality sent the referral, when it is registered later (for example taken over "
                + "from an earlier system); default today. Not in the future and at most ten years back", example = "2026-11-20")
        @PastOrPresent(message = "must not be in the future")
        LocalDate receivedOn) {

    public record PersonName(
            @Schema(example = "Fatima") @NotBlank @Size(max = 200) String givenNames,
            @Schema(example = "El Amrani") @NotBlank @Size(max = 200) String familyName) {
    }

    public record Contact(
            @Schema(example = "+31612345678") @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "must be a phone number") String phone,
            @Schema(example = "f.elamrani@example.nl") @Size(max = 254) @Email String email,
            @Schema(description = "Dutch postcode", example = "3511 AB") @Size(max = 7) @Pattern(regexp = "[1-9][0-9]{3} ?[A-Z]{2}", message = "must be a Dutch postcode such as 3511 AB") String postcode) {
    }

    NewReferral toNewReferral() {
        Contact c = contact == null ? new Contact(null, null, null) : contact;
        String postcode = c.postcode() == null ? null : c.postcode().replace(" ", "");
        return new NewReferral(municipalityReference, Bsn.of(bsn), name.givenNames().strip(), name.familyName().strip(), dateOfBirth,
                c.phone(), c.email(), postcode, targetGroup, benefitSituation, question, indicatedProgrammeId, receivedOn);
    }
}
