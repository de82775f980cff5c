package nl.opstap.matching;

import io.quarkus.test.junit.QuarkusTest;
import nl.opstap.support.testing.HostileInputContract;

@QuarkusTest
class MatchingHostileInputTest extends HostileInputContract {
}
