package nl.opstap.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import nl.opstap.events.VacancyClosed;
import nl.opstap.events.VacancyPublished;
import nl.opstap.matching.domain.Vacancy;
import nl.opstap.matching.repository.VacancyRepository;

/** Keeps the vacancy projection in step with employer-service; a close arriving first is kept and wins. */
@ApplicationScoped
public class VacancyService {

    private final VacancyRepository vacancies;
    private final MatchIndexService index;
    private final Clock clock;

    VacancyService(VacancyRepository vacancies, MatchIndexService index, Clock clock) {
        this.vacancies = vacancies;
        this.index = index;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void published(String tenant, VacancyPublished published) {
        Vacancy v = find(published.vacancyId());
        v.publish(tenant, published, clock.instant());
        vacancies.persist(v);
        index.afterCommit(v);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(String tenant, VacancyClosed closed) {
        Vacancy v = find(closed.vacancyId());
        v.close(tenant, closed, clock.instant());
        vacancies.persist(v);
        index.afterCommit(v);
    }

    private Vacancy find(UUID vacancyId) {
        return vacancies.findByIdOptional(vacancyId).orElseGet(Vacancy::new);
    }
}
