package nl.opstap.employer.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.employer.domain.ContractTerms;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A public contract with a social-return (SROI) obligation; money in euro cents")
public record ContractRequest(
        @Schema(description = "The contractor: an employer of this organisation") @NotNull UUID contractorEmployerId,
        @Schema(description = "The municipality or other public body that awarded the contract", example = "Gemeente Utrecht")
        @NotBlank @Size(max = 200) String contractingAuthority,
        @Schema(example = "UTR-2026-0142") @NotBlank @Size(max = 100) String tenderReference,
        @Schema(description = "Contract sum in euro cents", example = "120000000") @NotNull @Min(1) @Max(10_000_000_000_000L) Long contractSumCents,
        @Schema(description = "SROI percentage of the contract sum, at most two decimals; default 5", example = "5")
        @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal sroiPercentage,
        @Schema(example = "2026-01-01") @NotNull LocalDate startsOn,
        @Schema(example = "2027-12-31") @NotNull LocalDate endsOn,
        @Schema(description = "Code of the ruleset the credit is valued with", example = "HAAGLANDEN-2023")
        @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,63}", message = "must be 2 to 64 capitals, digits and dashes") String rulesetCode) {

    static final BigDecimal DEFAULT_PERCENTAGE = BigDecimal.valueOf(5);

    ContractTerms toTerms() {
        BigDecimal percentage = sroiPercentage == null ? DEFAULT_PERCENTAGE : sroiPercentage;
        // 5.25% is 525 basis points: exact, since the percentage has at most two decimals.
        return new ContractTerms(contractingAuthority.strip(), tenderReference.strip(), contractSumCents,
                percentage.movePointRight(2).intValueExact(), startsOn, endsOn, rulesetCode);
    }
}
