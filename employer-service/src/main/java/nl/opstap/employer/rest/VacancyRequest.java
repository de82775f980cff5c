package nl.opstap.employer.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.opstap.employer.domain.VacancyDetails;
import nl.opstap.events.vocabulary.PhysicalLimit;
import nl.opstap.events.vocabulary.PlacementKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A vacancy or place as the employer describes it; published to matching without contact details")
public record VacancyRequest(
        @Schema(description = "Regular job, trial placement, work-experience place, or a seasonal place lent within a network")
        @NotNull PlacementKind kind,
        @Schema(example = "Medewerker groenonderhoud") @NotBlank @Size(max = 200) String title,
        @Schema(description = "ISCO-08 unit group, four digits", example = "9214")
        @NotNull @Pattern(regexp = "[0-9]{4}", message = "must be an ISCO-08 unit group of 4 digits") String occupationIsco,
        @Schema(description = "ESCO occupation URI refining the ISCO code",
                example = "http://data.europa.eu/esco/occupation/1c5a896d-2a5a-4ec2-9b1f-3b4b1c9e2b9a")
        @Size(max = 200) @Pattern(regexp = "http://data\\.europa\\.eu/esco/occupation/[0-9a-f-]{36}", message = "must be an ESCO occupation URI")
        String escoUri,
        @Schema(description = "Work-type code from the organisation's list", example = "green-maintenance")
        @NotBlank @Size(max = 100) String workType,
        @Schema(example = "16") @Min(1) @Max(48) Integer hoursPerWeekMin,
        @Schema(example = "32") @NotNull @Min(1) @Max(48) Integer hoursPerWeekMax,
        @Schema(description = "Postcode of the workplace", example = "3526 KA")
        @NotNull @Pattern(regexp = "[1-9][0-9]{3} ?[A-Za-z]{2}", message = "must be a Dutch postcode, 1234 AB") String postcode,
        @Schema(example = "2027-01-04") LocalDate startDate,
        @Schema(description = "Last day of a place that ends; the vacancy expires after it", example = "2027-06-30") LocalDate endDate,
        @Schema(description = "How many people are wanted; default 1", example = "2") @Min(1) @Max(500) Integer openings,
        @Valid CompetenceLevels requiredCompetences,
        @Schema(description = "Competences the employer values most, for ranking")
        @Size(max = 4) List<@NotNull @Pattern(regexp = "socialSkills|motivation|workSkills|learningAttitude",
                message = "must be socialSkills, motivation, workSkills or learningAttitude") String> wishedCompetences,
        @Schema(example = "[\"VCA-basis\"]") @Size(max = 20) List<@NotBlank @Size(max = 100) String> requiredCertificates,
        @Schema(example = "[\"Trekker-rijbewijs\"]") @Size(max = 20) List<@NotBlank @Size(max = 100) String> wishedCertificates,
        @Schema(description = "What the work demands, as the functional limit it conflicts with")
        @Size(max = 6) List<@NotNull PhysicalLimit> physicalDemands,
        @Schema(description = "Lowest wage value (loonwaarde) accepted, percent of normal productivity", example = "60")
        @Min(0) @Max(100) Integer minWageValuePercent,
        @Schema(description = "Whether a wage-cost subsidy (loonkostensubsidie) is possible") Boolean wageCostSubsidyPossible,
        @Schema(description = "One to three dominant RIASEC letters of the work", example = "RC")
        @Pattern(regexp = "[RIASEC]{1,3}", message = "must be 1 to 3 RIASEC letters") String riasecCode,
        @Schema(description = "Whether a placement here can earn social-return credit") Boolean sroiEligible,
        @Schema(description = "The employer's statement that the place does not displace paid staff (verdringing); required to publish",
                example = "De plek komt bovenop de formatie; er vervalt geen betaalde functie.")
        @Size(max = 2000) String additionalityStatement) {

    VacancyDetails toDetails() {
        String normalised = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
        return new VacancyDetails(kind, title.strip(), occupationIsco, escoUri, workType.strip(), hoursPerWeekMin, hoursPerWeekMax,
                normalised, startDate, endDate, openings == null ? 1 : openings,
                requiredCompetences == null ? null : requiredCompetences.toCompetences(),
                distinct(wishedCompetences), distinct(requiredCertificates), distinct(wishedCertificates), distinct(physicalDemands),
                minWageValuePercent, Boolean.TRUE.equals(wageCostSubsidyPossible), riasecCode, Boolean.TRUE.equals(sroiEligible),
                additionalityStatement == null || additionalityStatement.isBlank() ? null : additionalityStatement.strip());
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }
}
