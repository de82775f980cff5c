package nl.opstap.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reporting settings. An organisation may set its own full-time threshold:
 * {@code opstap.reporting.tenants."<org>".full-time-hours-per-week=36}.
 */
@ConfigMapping(prefix = "opstap.reporting")
public interface ReportingConfig {

    /** Hours a week from which regular work counts as full-time, unless the organisation set its own. */
    @WithDefault("32")
    int fullTimeHoursPerWeek();

    Map<String, TenantSettings> tenants();

    Analytics analytics();

    interface Analytics {
        /** Base64 key of the HMAC-SHA256 person pseudonyms on the BI stream; never leaves reporting-service. */
        String hmacKey();
    }

    interface TenantSettings {
        OptionalInt fullTimeHoursPerWeek();
    }

    default int fullTimeHoursPerWeek(String tenant) {
        TenantSettings settings = tenants().get(tenant);
        return settings == null ? fullTimeHoursPerWeek() : settings.fullTimeHoursPerWeek().orElse(fullTimeHoursPerWeek());
    }
}
