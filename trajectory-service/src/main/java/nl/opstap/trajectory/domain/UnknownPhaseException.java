package nl.opstap.trajectory.domain;

import java.util.List;

/** The phase asked for is not one of the programme's: a mistake in the input, answered like one at the edge. */
public class UnknownPhaseException extends RuntimeException {

    public UnknownPhaseException(List<String> phases) {
        super("must be one of the programme's phases " + phases);
    }
}
