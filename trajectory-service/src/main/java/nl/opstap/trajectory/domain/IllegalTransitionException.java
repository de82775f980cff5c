package nl.opstap.trajectory.domain;

import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.problem.ProblemType;

/** An action the trajectory's current state does not allow; answered with 409 and this reason. */
public class IllegalTransitionException extends ProblemException {

    public IllegalTransitionException(String reason) {
        super(ProblemType.CONFLICT, reason);
    }
}
