package nl.opstap.trajectory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

@ConfigMapping(prefix = "opstap.trajectory")
public interface TrajectoryConfig {

    /** When the daily sweep runs (read by its {@code @Scheduled}); Amsterdam time. */
    @WithDefault("0 15 2 * * ?")
    String sweepCron();

    Signals signals();

    interface Signals {

        /** How long before the maximum end date a trajectory is signalled. */
        @WithDefault("P4W")
        Period approachingEnd();

        /** How long without any recorded activity before a trajectory is signalled as silent. */
        @WithDefault("P6W")
        Period inactivity();
    }
}
