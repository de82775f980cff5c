package nl.opstap.intake;

import io.quarkus.test.junit.QuarkusTest;
import nl.opstap.support.testing.AccessMatrixContract;

@QuarkusTest
class IntakeAccessMatrixTest extends AccessMatrixContract {
}
