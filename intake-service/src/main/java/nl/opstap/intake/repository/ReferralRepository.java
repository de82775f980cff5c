package nl.opstap.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.intake.domain.Referral;
import nl.opstap.intake.domain.ReferralStatus;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    public Optional<Referral> findByReference(String tenant, String municipalityCode, String reference) {
        return find("tenant = ?1 and municipalityCode = ?2 and municipalityReference = ?3", tenant, municipalityCode, reference)
                .firstResultOptional();
    }

    public Optional<Referral> findByIdempotencyKey(String tenant, String municipalityCode, String key) {
        return find("tenant = ?1 and municipalityCode = ?2 and idempotencyKey = ?3", tenant, municipalityCode, key)
                .firstResultOptional();
    }

    public Optional<Referral> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResultOptional();
    }

    public boolean existsForMunicipality(String tenant, String municipalityCode, UUID clientId) {
        return count("tenant = ?1 and municipalityCode = ?2 and clientId = ?3", tenant, municipalityCode, clientId) > 0;
    }

    /** The newest referral of a client, whose status follows the client's admission decision. */
    public Optional<Referral> latestOfClient(String tenant, UUID clientId) {
        return find("tenant = ?1 and clientId = ?2", Sort.descending("receivedAt"), tenant, clientId).firstResultOptional();
    }

    /** Filtered, newest first; {@code municipalityCode} null means the whole tenant. */
    public PanacheQuery<Referral> search(String tenant, String municipalityCode, ReferralStatus status, UUID programmeId,
            Instant receivedFrom, Instant receivedBefore) {
        List<String> where = new ArrayList<>(List.of("tenant = :tenant"));
        Parameters params = Parameters.with("tenant", tenant);
        if (municipalityCode != null) {
            where.add("municipalityCode = :municipality");
            params.and("municipality", municipalityCode);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (programmeId != null) {
            where.add("(programmeId = :programme or indicatedProgrammeId = :programme)");
            params.and("programme", programmeId);
        }
        if (receivedFrom != null) {
            where.add("receivedAt >= :from");
            params.and("from", receivedFrom);
        }
        if (receivedBefore != null) {
            where.add("receivedAt < :before");
            params.and("before", receivedBefore);
        }
        return find(String.join(" and ", where), Sort.descending("receivedAt").and("id"), params);
    }
}
