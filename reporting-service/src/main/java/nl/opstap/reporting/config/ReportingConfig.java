package nl.opstap.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reporting settings. An organisation may set its own full-time threshold and annual benefit amount, and the latter
 * per municipality: {@code opstap.reporting.tenants."<org>".full-time-hours-per-week=36},
 * {@code opstap.reporting.tenants."<org>".annual-benefit-eur=15500},
 * {@code opstap.reporting.tenants."<org>".municipalities."GM0344".annual-benefit-eur=16200}.
 */
@ConfigMapping(prefix = "opstap.reporting")
public interface ReportingConfig {

    /** Hours a week from which regular work counts as full-time, unless the organisation set its own. */
    @WithDefault("32")
    int fullTimeHoursPerWeek();

    /**
     * What one client's benefit costs the municipality in a year, in euros (the avoided cost of a leaver to work),
     * unless the organisation or the municipality set its own.
     */
    @WithDefault("15000")
    BigDecimal annualBenefitEur();

    Map<String, TenantSettings> tenants();

    Analytics analytics();

    interface Analytics {
        /** Base64 key of the HMAC-SHA256 person pseudonyms on the BI stream; never leaves reporting-service. */
        String hmacKey();
    }

    interface TenantSettings {
        OptionalInt fullTimeHoursPerWeek();

        Optional<BigDecimal> annualBenefitEur();

        Map<String, MunicipalitySettings> municipalities();
    }

    interface MunicipalitySettings {
        Optional<BigDecimal> annualBenefitEur();
    }

    default int fullTimeHoursPerWeek(String tenant) {
        TenantSettings settings = tenants().get(tenant);
        return settings == null ? fullTimeHoursPerWeek() : settings.fullTimeHoursPerWeek().orElse(fullTimeHoursPerWeek());
    }

    /** The annual benefit amount in cents for a client of this organisation and municipality: the most specific setting wins. */
    default long annualBenefitCents(String tenant, String municipalityCode) {
        TenantSettings settings = tenants().get(tenant);
        BigDecimal euros = annualBenefitEur();
        if (settings != null) {
            euros = settings.annualBenefitEur().orElse(euros);
            MunicipalitySettings municipality = municipalityCode == null ? null : settings.municipalities().get(municipalityCode);
            if (municipality != null) {
                euros = municipality.annualBenefitEur().orElse(euros);
            }
        }
        return euros.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
