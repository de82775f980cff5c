package nl.opstap.intake;

import io.quarkus.test.junit.QuarkusTest;
import nl.opstap.support.testing.ServiceBasicsContract;

@QuarkusTest
class IntakeServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String protectedPath() {
        return "/referrals";
    }

    @Override
    protected String allowedUser() {
        return "uw-consultant";
    }

    @Override
    protected String forbiddenUser() {
        return "uw-analyst";
    }
}
