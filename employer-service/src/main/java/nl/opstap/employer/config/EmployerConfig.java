package nl.opstap.employer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "opstap.employer")
public interface EmployerConfig {

    /** When the daily sweep runs (read by its {@code @Scheduled}); Amsterdam time. */
    @WithDefault("0 30 2 * * ?")
    String sweepCron();

    Sroi sroi();

    interface Sroi {

        /**
         * Days a completed month waits before it is credited, so that a placement's end reported a little late
         * still shortens that month instead of leaving it credited in full.
         */
        @WithDefault("7")
        int settlementDays();
    }
}
