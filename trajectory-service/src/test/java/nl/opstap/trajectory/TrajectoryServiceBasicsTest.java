package nl.opstap.trajectory;

import io.quarkus.test.junit.QuarkusTest;
import nl.opstap.support.testing.ServiceBasicsContract;

@QuarkusTest
class TrajectoryServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String protectedPath() {
        return "/programmes";
    }

    @Override
    protected String allowedUser() {
        return "uw-consultant";
    }

    @Override
    protected String forbiddenUser() {
        return "uw-employer";
    }
}
