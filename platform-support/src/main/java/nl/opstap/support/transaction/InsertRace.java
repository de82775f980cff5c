package nl.opstap.support.transaction;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Work that looks for its row and inserts it when absent, run so that two concurrent twins give one row: the twin whose
 * insert loses the race on the unique constraint runs once more, in a transaction of its own, and now finds the row.
 */
public final class InsertRace {

    private InsertRace() {
    }

    /** Runs {@code work} in a new transaction, and once more in another when its insert lost a race on a unique constraint. */
    public static <T> T settle(Supplier<T> work) {
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } catch (PersistenceException e) {
            if (!(e instanceof ConstraintViolationException) && !(e.getCause() instanceof ConstraintViolationException)) {
                throw e;
            }
            return QuarkusTransaction.requiringNew().call(work::get);
        }
    }
}
