package nl.opstap.reporting;

import io.quarkus.test.junit.QuarkusTest;
import nl.opstap.support.testing.AccessMatrixContract;

@QuarkusTest
class ReportingAccessMatrixTest extends AccessMatrixContract {
}
