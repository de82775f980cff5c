package nl.opstap.employer;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import nl.opstap.employer.testing.Fixtures;
import nl.opstap.support.testing.HostileInputContract;
import nl.opstap.support.testing.Tokens;

@QuarkusTest
class EmployerHostileInputTest extends HostileInputContract {

    private UUID employer;
    private UUID vacancy;
    private UUID contract;

    /** Real ids, so that hostile bodies and pages reach validation instead of stopping at "not found". */
    @Override
    protected String pathValue(String pathTemplate, String parameter) {
        if (employer == null) {
            employer = Fixtures.employer();
            vacancy = Fixtures.vacancy(Tokens.user(Fixtures.ACCOUNT_MANAGER), employer, Fixtures.vacancyBody("Extra plek"));
            contract = Fixtures.signedContract(employer, Fixtures.ruleset(4_000_000), "2026-01-01", "2027-12-31");
        }
        if (pathTemplate.startsWith("/employers/") && parameter.endsWith("mployerId") || pathTemplate.equals("/employers/{id}")) {
            return employer.toString();
        }
        if (pathTemplate.startsWith("/vacancies/")) {
            return vacancy.toString();
        }
        if (pathTemplate.startsWith("/sroi/contracts/") && parameter.equals("id")) {
            return contract.toString();
        }
        return super.pathValue(pathTemplate, parameter);
    }
}
