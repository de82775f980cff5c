package nl.opstap.employer;

import io.quarkus.test.junit.QuarkusTest;
import nl.opstap.support.testing.HostileInputContract;

@QuarkusTest
class EmployerHostileInputTest extends HostileInputContract {
}
