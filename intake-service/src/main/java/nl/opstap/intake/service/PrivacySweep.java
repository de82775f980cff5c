package nl.opstap.intake.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import nl.opstap.events.vocabulary.DataSubjectRight;
import nl.opstap.intake.config.PrivacyConfig;
import nl.opstap.intake.domain.Client;
import nl.opstap.intake.domain.DataSubjectRequest.Reason;
import nl.opstap.intake.domain.ReferralStatus;
import nl.opstap.intake.repository.ClientRepository;
import nl.opstap.intake.repository.ReferralRepository;
import nl.opstap.support.cluster.ClusterLock;
import nl.opstap.support.time.Netherlands;
import org.jboss.logging.Logger;

/**
 * Every hour: exports past their time lose their key, and clients whose organisation's retention period after the end
 * of care has run out are erased in every service (an erasure request with reason RETENTION). With several instances,
 * one does the work and the others skip it.
 */
@ApplicationScoped
public class PrivacySweep {

    private static final Logger LOG = Logger.getLogger(PrivacySweep.class);
    private static final Set<ReferralStatus> CARE_OVER = Set.of(ReferralStatus.REFERRED_BACK, ReferralStatus.TRAJECTORY_ENDED);

    private final DataSubjectRequests requests;
    private final ClientRepository clients;
    private final ReferralRepository referrals;
    private final PrivacyConfig config;
    private final ClusterLock clusterLock;
    private final Clock clock;

    PrivacySweep(DataSubjectRequests requests, ClientRepository clients, ReferralRepository referrals, PrivacyConfig config,
            ClusterLock clusterLock, Clock clock) {
        this.requests = requests;
        this.clients = clients;
        this.referrals = referrals;
        this.config = config;
        this.clusterLock = clusterLock;
        this.clock = clock;
    }

    @Scheduled(every = "${opstap.intake.privacy.sweep-every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void hourly() {
        run();
    }

    /** Returns how many clients were erased, or -1 when another instance holds the sweep right now. */
    @Transactional
    public int run() {
        if (!clusterLock.tryLockForTransaction("opstap-intake-privacy-sweep")) {
            return -1;
        }
        int expired = requests.expireExports();
        LocalDate today = Netherlands.today(clock);
        int erased = 0;
        for (String tenant : clients.tenantsWithCareEnded()) {
            LocalDate endedBy = today.minusMonths(config.retentionMonths(tenant));
            for (Client client : clients.retentionCandidates(tenant, endedBy, config.retentionBatch())) {
                // A client referred again has no end of care; this guards the moment between a referral and its decision.
                boolean careOver = referrals.latestOfClient(tenant, client.id).map(r -> CARE_OVER.contains(r.status)).orElse(true);
                if (careOver && requests.request(tenant, client.id, DataSubjectRight.ERASURE, Reason.RETENTION, "retention period").created()) {
                    erased++;
                }
            }
        }
        if (expired > 0 || erased > 0) {
            LOG.infof("Privacy sweep: %d exports expired, %d clients erased after their retention period", expired, erased);
        }
        return erased;
    }
}
