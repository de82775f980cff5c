package nl.opstap.reporting;

import io.quarkus.test.junit.QuarkusTest;
import nl.opstap.support.testing.ServiceBasicsContract;

@QuarkusTest
class ReportingServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String protectedPath() {
        return "/event-counts";
    }

    @Override
    protected String allowedUser() {
        return "uw-analyst";
    }

    @Override
    protected String forbiddenUser() {
        return "uw-jobcoach";
    }
}
