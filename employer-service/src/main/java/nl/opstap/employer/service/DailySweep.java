package nl.opstap.employer.service;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.opstap.support.cluster.ClusterLock;
import nl.opstap.support.time.Netherlands;

/**
 * Once a day, on the injectable clock: vacancies past their end date expire, and the SROI ledger credits the
 * months that completed. With several instances, one does the work and the others skip it.
 */
@ApplicationScoped
public class DailySweep {

    private final VacancyService vacancies;
    private final LedgerService ledger;
    private final ClusterLock clusterLock;

    DailySweep(VacancyService vacancies, LedgerService ledger, ClusterLock clusterLock) {
        this.vacancies = vacancies;
        this.ledger = ledger;
        this.clusterLock = clusterLock;
    }

    @Scheduled(cron = "${opstap.employer.sweep-cron:0 30 2 * * ?}", timeZone = Netherlands.ZONE_ID,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        run();
    }

    /**
     * Returns false when another instance holds the sweep right now. This transaction holds the lock (and expires
     * vacancies); the ledger credits in transactions of its own, so the lock's may last long.
     */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public boolean run() {
        if (!clusterLock.tryLockForTransaction("opstap-employer-daily-sweep")) {
            return false;
        }
        vacancies.expire();
        ledger.accrue();
        return true;
    }
}
