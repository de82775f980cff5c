package nl.opstap.employer;

import io.quarkus.test.junit.QuarkusTest;
import nl.opstap.support.testing.ServiceBasicsContract;

@QuarkusTest
class EmployerServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String protectedPath() {
        return "/employers";
    }

    @Override
    protected String allowedUser() {
        return "uw-account-manager";
    }

    @Override
    protected String forbiddenUser() {
        return "uw-analyst";
    }
}
