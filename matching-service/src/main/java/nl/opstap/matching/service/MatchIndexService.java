package nl.opstap.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.events.vocabulary.PhysicalLimit;
import nl.opstap.matching.config.MatchingConfig;
import nl.opstap.matching.domain.CandidateProfile;
import nl.opstap.matching.domain.CommaList;
import nl.opstap.matching.domain.PoolStatus;
import nl.opstap.matching.domain.Vacancy;
import nl.opstap.matching.domain.match.CandidateData;
import nl.opstap.matching.domain.match.MatchIndex;
import nl.opstap.matching.domain.match.PostcodeAreas;
import nl.opstap.matching.domain.match.Ranking;
import nl.opstap.matching.domain.match.VacancyData;
import nl.opstap.matching.repository.CandidateProfileRepository;
import nl.opstap.matching.repository.VacancyRepository;
import nl.opstap.support.transaction.AfterCommit;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Owns the in-memory {@link MatchIndex}: rebuilt from the projections at start, then changed after each committed
 * projection change (never before the commit, so the index never shows what the database rolled back). Several
 * instances share one database but each consumes only its share of the partitions, so every change is also announced
 * on the PostgreSQL channel {@value #CHANNEL} at commit; {@link MatchIndexChanges} applies what the other instances
 * changed.
 */
@ApplicationScoped
public class MatchIndexService {

    /**
     * ClientProfile carries travel in minutes, matching needs kilometres: 30 km/h door to door (cycling plus
     * public transport) is the assumption, so 2 minutes a kilometre. Documented in the README.
     */
    static final int TRAVEL_MINUTES_PER_KM = 2;

    private static final Logger LOG = Logger.getLogger(MatchIndexService.class);

    /** Payload on {@link #CHANNEL}: kind ({@code C} candidate, {@code V} vacancy), tenant and id, separated by '|'. */
    static final String CHANNEL = "match_index";

    private final PostcodeAreas areas = PostcodeAreas.fromClasspath();
    /** Replaced whole by a rebuild, so queries meanwhile see the previous index rather than a half-filled one. */
    private volatile MatchIndex index = new MatchIndex(areas);
    private final CandidateProfileRepository profiles;
    private final VacancyRepository vacancies;
    private final TransactionSynchronizationRegistry transactions;
    private final MatchingConfig config;
    private final EntityManager entityManager;

    MatchIndexService(CandidateProfileRepository profiles, VacancyRepository vacancies,
            TransactionSynchronizationRegistry transactions, MatchingConfig config, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.profiles = profiles;
        this.vacancies = vacancies;
        this.transactions = transactions;
        this.config = config;
    }

    /**
     * Reads the whole pool back from the database into a new index and swaps it in. Read-only and detached in rounds: a
     * million profiles must not pile up in the persistence context (memory, and a dirty check of each at commit).
     */
    @Transactional
    public void rebuild() {
        long began = System.nanoTime();
        MatchIndex next = new MatchIndex(areas);
        Session session = entityManager.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        int[] counts = new int[2];
        profiles.streamAvailable().forEach(p -> {
            next.putCandidate(p.tenant, candidateData(p));
            if (++counts[0] % CandidateProfileRepository.FETCH_SIZE == 0) {
                session.clear();
            }
        });
        vacancies.streamOpen().forEach(v -> {
            next.putVacancy(v.tenant, vacancyData(v));
            if (++counts[1] % CandidateProfileRepository.FETCH_SIZE == 0) {
                session.clear();
            }
        });
        index = next;
        LOG.infof("Match index rebuilt: %d candidates, %d vacancies in %d ms", counts[0], counts[1],
                (System.nanoTime() - began) / 1_000_000);
    }

    /** Brings one candidate or vacancy in the index up to what the database holds now (announced by another instance). */
    @Transactional
    public void reload(String announcement) {
        String[] parts = announcement.split("\\|", 3);
        if (parts.length != 3) {
            LOG.warnf("Ignoring a malformed match index announcement");
            return;
        }
        String tenant = parts[1];
        UUID id = UUID.fromString(parts[2]);
        if (parts[0].equals("C")) {
            Optional<CandidateProfile> profile = profiles.findInTenant(tenant, id).filter(p -> p.poolStatus == PoolStatus.AVAILABLE);
            profile.ifPresentOrElse(p -> index.putCandidate(tenant, candidateData(p)), () -> index.removeCandidate(tenant, id));
        } else {
            Optional<Vacancy> vacancy = vacancies.findPublished(tenant, id).filter(Vacancy::open);
            vacancy.ifPresentOrElse(v -> index.putVacancy(tenant, vacancyData(v)), () -> index.removeVacancy(tenant, id));
        }
    }

    public Optional<Ranking> candidatesFor(String tenant, UUID vacancyId, int limit, int nearMisses) {
        return index.candidatesFor(tenant, vacancyId, config.weightsFor(tenant), limit, nearMisses);
    }

    public Optional<Ranking> vacanciesFor(String tenant, UUID clientId, int limit, int nearMisses) {
        return index.vacanciesFor(tenant, clientId, config.weightsFor(tenant), limit, nearMisses);
    }

    /** Puts the candidate in the index or takes them out, once the current transaction commits. */
    void afterCommit(CandidateProfile p) {
        String tenant = p.tenant;
        UUID clientId = p.clientId;
        CandidateData data = p.poolStatus == PoolStatus.AVAILABLE ? candidateData(p) : null;
        announce("C", tenant, clientId);
        afterCommit(() -> {
            if (data == null) {
                index.removeCandidate(tenant, clientId);
            } else {
                index.putCandidate(tenant, data);
            }
        });
    }

    /** Takes an erased candidate out of the index, on every instance, once the current transaction commits. */
    void removedAfterCommit(String tenant, UUID clientId) {
        announce("C", tenant, clientId);
        afterCommit(() -> index.removeCandidate(tenant, clientId));
    }

    void afterCommit(Vacancy v) {
        String tenant = v.tenant;
        UUID vacancyId = v.vacancyId;
        VacancyData data = v.open() ? vacancyData(v) : null;
        announce("V", tenant, vacancyId);
        afterCommit(() -> {
            if (data == null) {
                index.removeVacancy(tenant, vacancyId);
            } else {
                index.putVacancy(tenant, data);
            }
        });
    }

    /**
     * PostgreSQL delivers the notification at commit, and not at all on rollback. This instance hears its own too and
     * reloads the row once more: that read settles the order should two commits' after-commit updates run the wrong way round.
     */
    private void announce(String kind, String tenant, UUID id) {
        entityManager.createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, CHANNEL)
                .setParameter(2, kind + "|" + tenant + "|" + id).getSingleResult();
    }

    private void afterCommit(Runnable change) {
        AfterCommit.run(transactions, change);
    }

    static CandidateData candidateData(CandidateProfile p) {
        return new CandidateData(p.clientId, p.hoursPerWeek, p.postcodeArea,
                p.maxTravelMinutes == null ? null : p.maxTravelMinutes / TRAVEL_MINUTES_PER_KM,
                CommaList.split(p.physicalLimits).stream().map(PhysicalLimit::valueOf).toList(),
                CommaList.split(p.certificates), p.wageValuePercent, p.availableFrom, CommaList.split(p.workTypes),
                new Integer[] {p.competenceSocial, p.competenceMotivation, p.competenceWork, p.competenceLearning},
                p.riasecScores());
    }

    static VacancyData vacancyData(Vacancy v) {
        return new VacancyData(v.vacancyId, v.employerId, v.workType, v.hoursPerWeekMin, v.hoursPerWeek, v.postcodeArea,
                v.endDate, v.minWageValuePercent,
                CommaList.split(v.physicalDemands).stream().map(PhysicalLimit::valueOf).toList(),
                CommaList.split(v.requiredCertificates), CommaList.split(v.wishedCertificates),
                new Integer[] {v.requiredSocial, v.requiredMotivation, v.requiredWork, v.requiredLearning}, v.riasecCode);
    }
}
