package nl.opstap.employer.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import nl.opstap.employer.domain.EmployerProfile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record EmployerRequest(
        @Schema(example = "Groenbedrijf De Linde BV") @NotBlank @Size(max = 200) String name,
        @Schema(description = "KvK number (Chamber of Commerce), 8 digits", example = "30123456")
        @NotNull @Size(max = 8) @Pattern(regexp = "[0-9]{8}", message = "must be 8 digits") String kvkNumber,
        @Schema(description = "Four digits of the main address's postcode", example = "3526")
        @NotNull @Size(max = 4) @Pattern(regexp = "[1-9][0-9]{3}", message = "must be the four digits of a Dutch postcode") String postcodeArea,
        @Schema(description = "Free description of the sector", example = "groenvoorziening") @Size(max = 100) String sector,
        @Schema(description = "SBI code (Standaard Bedrijfsindeling) of the main activity, 2 to 5 digits without dots", example = "8130")
        @Size(max = 5) @Pattern(regexp = "[0-9]{2,5}", message = "must be an SBI code of 2 to 5 digits") String sbiCode,
        @Schema(description = "Postcodes of the places people work", example = "[\"3526 KA\", \"3454 PV\"]")
        @Size(max = 50) List<@NotNull @Pattern(regexp = "[1-9][0-9]{3} ?[A-Za-z]{2}", message = "must be a Dutch postcode, 1234 AB") String> locations,
        @Schema(description = "Regional networks of inclusive employers it belongs to", example = "[\"Werkgeversnetwerk Inclusief Utrecht\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> networks,
        @Size(max = 20) List<@NotNull @Valid ContactPersonRequest> contactPersons) {

    EmployerProfile toProfile() {
        LinkedHashSet<String> postcodes = new LinkedHashSet<>();
        nullToEmpty(locations).forEach(postcode -> postcodes.add(postcode.replace(" ", "").toUpperCase(Locale.ROOT)));
        LinkedHashSet<String> memberships = new LinkedHashSet<>();
        nullToEmpty(networks).forEach(network -> memberships.add(network.strip()));
        return new EmployerProfile(name.strip(), kvkNumber, postcodeArea, sector, sbiCode, postcodes, memberships,
                nullToEmpty(contactPersons).stream().map(ContactPersonRequest::toContactPerson).toList());
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
