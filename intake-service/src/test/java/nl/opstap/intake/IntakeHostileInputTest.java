package nl.opstap.intake;

import io.quarkus.test.junit.QuarkusTest;
import nl.opstap.support.testing.HostileInputContract;

@QuarkusTest
class IntakeHostileInputTest extends HostileInputContract {
}
