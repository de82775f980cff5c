package nl.opstap.matching;

import io.quarkus.test.junit.QuarkusTest;
import nl.opstap.support.testing.ServiceBasicsContract;

@QuarkusTest
class MatchingServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String protectedPath() {
        return "/candidates";
    }

    @Override
    protected String allowedUser() {
        return "uw-account-manager";
    }

    @Override
    protected String forbiddenUser() {
        return "uw-employer";
    }
}
