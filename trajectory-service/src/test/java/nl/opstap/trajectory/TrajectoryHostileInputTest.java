package nl.opstap.trajectory;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.support.testing.HostileInputContract;

/** Against a real trajectory, so that plan, review, extension and aftercare bodies reach validation. */
@QuarkusTest
class TrajectoryHostileInputTest extends HostileInputContract {

    private String trajectoryId;

    @Override
    protected String pathValue(String pathTemplate, String parameter) {
        if (pathTemplate.startsWith("/trajectories/{id}") && "id".equals(parameter)) {
            if (trajectoryId == null) {
                String programme = TrajectoryFixtures.publish(TrajectoryFixtures.programme("FLAG", false));
                trajectoryId = TrajectoryFixtures.admit(UUID.randomUUID(), programme, LocalDate.now());
            }
            return trajectoryId;
        }
        return super.pathValue(pathTemplate, parameter);
    }
}
