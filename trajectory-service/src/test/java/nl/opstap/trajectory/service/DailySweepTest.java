package nl.opstap.trajectory.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.opstap.support.cluster.ClusterLock;
import org.junit.jupiter.api.Test;

/** With several instances the sweep runs once: while another transaction holds its lock, a sweep skips. */
@QuarkusTest
class DailySweepTest {

    @Inject
    DailySweep dailySweep;

    @Inject
    ClusterLock clusterLock;

    @Test
    void aSweepSkipsWhileAnotherInstanceHoldsIt() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Another instance, as far as PostgreSQL can tell: a separate connection and transaction holding the lock.
        CompletableFuture<Boolean> otherInstance = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
            boolean locked = clusterLock.tryLockForTransaction("opstap-trajectory-daily-sweep");
            held.countDown();
            release.await(30, TimeUnit.SECONDS);
            return locked;
        }));
        assertTrue(held.await(30, TimeUnit.SECONDS));
        try {
            assertFalse(dailySweep.run(), "the sweep must skip while another instance runs it");
        } finally {
            release.countDown();
        }
        assertTrue(otherInstance.get(30, TimeUnit.SECONDS), "the other instance held the lock");
        assertTrue(dailySweep.run(), "once released, the sweep runs");
    }
}
