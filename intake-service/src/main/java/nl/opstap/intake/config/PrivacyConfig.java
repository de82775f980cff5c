package nl.opstap.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Data-subject rights and retention. An organisation may set its own retention period:
 * {@code opstap.intake.privacy.tenants."<org>".retention-months=36}.
 */
@ConfigMapping(prefix = "opstap.intake.privacy")
public interface PrivacyConfig {

    /** Months after the end of care (referral back, trajectory end, aftercare end) until a client's data is erased. */
    @WithDefault("24")
    int retentionMonths();

    /** How long an export's document can be fetched; then its key is deleted. At most the answers' topic retention (7 days). */
    @WithDefault("P7D")
    Duration exportAvailable();

    /** Erasures the retention sweep starts per organisation and run, so one run stays a short transaction. */
    @WithDefault("200")
    int retentionBatch();

    /** How often the privacy sweep runs (exports expire, retention erasures start); {@code off} stops it. */
    @WithDefault("1h")
    String sweepEvery();

    Map<String, TenantSettings> tenants();

    interface TenantSettings {
        OptionalInt retentionMonths();
    }

    default int retentionMonths(String tenant) {
        TenantSettings settings = tenants().get(tenant);
        return settings == null ? retentionMonths() : settings.retentionMonths().orElse(retentionMonths());
    }
}
