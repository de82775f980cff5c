package nl.opstap.trajectory;

import io.quarkus.test.junit.QuarkusTest;
import nl.opstap.support.testing.AccessMatrixContract;

@QuarkusTest
class TrajectoryAccessMatrixTest extends AccessMatrixContract {
}
