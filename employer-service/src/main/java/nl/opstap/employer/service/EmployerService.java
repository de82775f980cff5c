package nl.opstap.employer.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.employer.domain.Agreement;
import nl.opstap.employer.domain.ContactMoment;
import nl.opstap.employer.domain.Employer;
import nl.opstap.employer.domain.EmployerProfile;
import nl.opstap.employer.repository.AgreementRepository;
import nl.opstap.employer.repository.ContactMomentRepository;
import nl.opstap.employer.repository.EmployerRepository;
import nl.opstap.employer.repository.EmployerSearch;
import nl.opstap.support.domain.InvalidTransitionException;
import nl.opstap.support.domain.NotFoundException;

@ApplicationScoped
public class EmployerService {

    private final EmployerRepository employers;
    private final ContactMomentRepository contactMoments;
    private final AgreementRepository agreements;
    private final Clock clock;

    EmployerService(EmployerRepository employers, ContactMomentRepository contactMoments, AgreementRepository agreements, Clock clock) {
        this.employers = employers;
        this.contactMoments = contactMoments;
        this.agreements = agreements;
        this.clock = clock;
    }

    /** Registers an employer once per tenant and KvK number. */
    @Transactional
    public Employer register(String tenant, String createdBy, EmployerProfile profile) {
        requireUniqueKvk(tenant, profile.kvkNumber(), null);
        Employer employer = Employer.register(tenant, profile, createdBy, clock.instant());
        employers.persist(employer);
        return employer;
    }

    @Transactional
    public Employer change(Viewer viewer, UUID id, EmployerProfile profile) {
        Employer employer = get(viewer, id);
        requireUniqueKvk(viewer.tenant(), profile.kvkNumber(), id);
        employer.change(profile);
        return employer;
    }

    /** The employer, if the viewer may see it; another tenant's or another organisation's is not found. */
    public Employer get(Viewer viewer, UUID id) {
        viewer.requireAccessTo("Employer", id, id);
        return employers.findInTenant(viewer.tenant(), id).orElseThrow(() -> new NotFoundException("Employer", id));
    }

    public PanacheQuery<Employer> search(Viewer viewer, EmployerSearch search, Sort sort) {
        return employers.search(viewer.tenant(), search, sort);
    }

    @Transactional
    public ContactMoment recordContact(Viewer viewer, UUID employerId, LocalDate contactedOn, String subject, String nextStep) {
        ContactMoment moment = ContactMoment.record(get(viewer, employerId), contactedOn, viewer.name(), subject, nextStep, clock.instant());
        contactMoments.persist(moment);
        return moment;
    }

    public PanacheQuery<ContactMoment> contactLog(Viewer viewer, UUID employerId) {
        get(viewer, employerId);
        return contactMoments.ofEmployer(viewer.tenant(), employerId);
    }

    @Transactional
    public Agreement agree(Viewer viewer, UUID employerId, String description, int perYear, int year) {
        Agreement agreement = Agreement.make(get(viewer, employerId), description, perYear, year, viewer.name(), clock.instant());
        agreements.persist(agreement);
        return agreement;
    }

    @Transactional
    public Agreement realise(Viewer viewer, UUID employerId, UUID agreementId, int count) {
        get(viewer, employerId);
        Agreement agreement = agreements.find(viewer.tenant(), employerId, agreementId)
                .orElseThrow(() -> new NotFoundException("Agreement", agreementId));
        agreement.realise(count);
        return agreement;
    }

    public PanacheQuery<Agreement> agreements(Viewer viewer, UUID employerId) {
        get(viewer, employerId);
        return agreements.ofEmployer(viewer.tenant(), employerId);
    }

    private void requireUniqueKvk(String tenant, String kvkNumber, UUID self) {
        employers.findByKvk(tenant, kvkNumber).filter(existing -> !existing.id.equals(self)).ifPresent(existing -> {
            throw new InvalidTransitionException("Employer with KvK number " + kvkNumber + " already exists: " + existing.id);
        });
    }
}
