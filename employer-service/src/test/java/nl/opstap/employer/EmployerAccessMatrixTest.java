package nl.opstap.employer;

import io.quarkus.test.junit.QuarkusTest;
import nl.opstap.support.testing.AccessMatrixContract;

@QuarkusTest
class EmployerAccessMatrixTest extends AccessMatrixContract {
}
