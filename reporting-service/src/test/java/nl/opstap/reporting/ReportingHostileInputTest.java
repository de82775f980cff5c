package nl.opstap.reporting;

import io.quarkus.test.junit.QuarkusTest;
import nl.opstap.support.testing.HostileInputContract;

@QuarkusTest
class ReportingHostileInputTest extends HostileInputContract {
}
