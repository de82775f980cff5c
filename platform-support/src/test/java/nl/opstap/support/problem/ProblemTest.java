package nl.opstap.support.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void shouldCapTheViolationsAndSayHowManyMoreThereWere() {
        List<Problem.Violation> many = IntStream.range(0, 5000)
                .mapToObj(i -> new Problem.Violation("goals[" + i + "].description", "must not be blank"))
                .toList();
        Problem problem = Problem.of(ProblemType.VALIDATION, null, "/trajectories/x/plan", many);
        assertEquals(Problem.MAX_VIOLATIONS, problem.violations().size());
        assertTrue(problem.detail().startsWith("5000 fields are not valid: goals[0].description must not be blank;"), problem.detail());
        assertTrue(problem.detail().endsWith("and 4997 more"), problem.detail());
    }

    @Test
    void shouldSummariseASingleViolationInsteadOfRepeatingTheTitle() {
        Problem problem = Problem.of(ProblemType.VALIDATION, ProblemType.VALIDATION.title(), null,
                List.of(new Problem.Violation("bsn", "must be a valid BSN")));
        assertEquals("1 field is not valid: bsn must be a valid BSN", problem.detail());
    }

    @Test
    void shouldClipOverlongTexts() {
        String longField = "x".repeat(10_000);
        Problem problem = Problem.of(ProblemType.VALIDATION, null, null, List.of(new Problem.Violation(longField, "is not a known field")));
        assertTrue(problem.violations().get(0).field().length() <= 301);
        assertTrue(problem.detail().length() <= 301);
    }

    @Test
    void shouldKeepAGivenDetail() {
        Problem problem = Problem.of(ProblemType.CONFLICT, "The trajectory has ended", null, List.of());
        assertEquals("The trajectory has ended", problem.detail());
        assertEquals(409, problem.status());
    }
}
