package nl.opstap.employer.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.employer.domain.CloseReason;
import nl.opstap.employer.domain.Vacancy;
import nl.opstap.employer.domain.VacancyDetails;
import nl.opstap.employer.domain.VacancyStatus;
import nl.opstap.employer.repository.VacancyRepository;
import nl.opstap.events.EventPayload;
import nl.opstap.support.domain.NotFoundException;
import nl.opstap.support.outbox.EventPublisher;
import nl.opstap.support.time.Netherlands;

@ApplicationScoped
public class VacancyService {

    private final VacancyRepository vacancies;
    private final EmployerService employers;
    private final EventPublisher events;
    private final Clock clock;

    VacancyService(VacancyRepository vacancies, EmployerService employers, EventPublisher events, Clock clock) {
        this.vacancies = vacancies;
        this.employers = employers;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Vacancy draft(Viewer viewer, UUID employerId, VacancyDetails details) {
        Vacancy vacancy = Vacancy.draft(employers.get(viewer, employerId), details, viewer.name(), clock.instant());
        vacancies.persist(vacancy);
        return vacancy;
    }

    @Transactional
    public Vacancy change(Viewer viewer, UUID id, VacancyDetails details) {
        Vacancy vacancy = get(viewer, id);
        publish(vacancy, vacancy.change(employers.get(viewer, vacancy.employerId), details));
        return vacancy;
    }

    @Transactional
    public Vacancy publish(Viewer viewer, UUID id) {
        Vacancy vacancy = get(viewer, id);
        publish(vacancy, vacancy.publish(Netherlands.today(clock)));
        return vacancy;
    }

    @Transactional
    public Vacancy close(Viewer viewer, UUID id, CloseReason reason) {
        Vacancy vacancy = get(viewer, id);
        publish(vacancy, vacancy.close(reason, Netherlands.today(clock)));
        return vacancy;
    }

    public Vacancy get(Viewer viewer, UUID id) {
        Vacancy vacancy = vacancies.findInTenant(viewer.tenant(), id).orElseThrow(() -> new NotFoundException("Vacancy", id));
        viewer.requireAccessTo("Vacancy", id, vacancy.employerId);
        return vacancy;
    }

    /** An employer user always sees its own organisation's vacancies, whatever employer it asks for. */
    public PanacheQuery<Vacancy> search(Viewer viewer, UUID employerId, VacancyStatus status) {
        if (viewer.isEmployerUser() && employerId != null) {
            viewer.requireAccessTo("Employer", employerId, employerId);
        }
        return vacancies.search(viewer.tenant(), viewer.isEmployerUser() ? viewer.ownEmployer() : employerId, status);
    }

    /** Closes every published vacancy whose end date has passed; part of the daily sweep's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int expire() {
        LocalDate today = Netherlands.today(clock);
        List<Vacancy> expired = vacancies.expiredBy(today);
        expired.forEach(vacancy -> publish(vacancy, vacancy.close(CloseReason.EXPIRED, today)));
        return expired.size();
    }

    private void publish(Vacancy vacancy, List<EventPayload> caused) {
        // Keyed by vacancy id, so one vacancy's events stay in order on the topic.
        caused.forEach(event -> events.publish(vacancy.tenant, vacancy.id, event));
    }
}
