package nl.opstap.matching;

import io.quarkus.test.junit.QuarkusTest;
import nl.opstap.support.testing.AccessMatrixContract;

@QuarkusTest
class MatchingAccessMatrixTest extends AccessMatrixContract {
}
