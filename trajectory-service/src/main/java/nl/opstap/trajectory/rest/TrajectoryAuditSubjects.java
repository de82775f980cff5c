package nl.opstap.trajectory.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Set;
import java.util.UUID;
import nl.opstap.support.audit.AuditSubjectResolver;
import nl.opstap.trajectory.domain.Trajectory;
import nl.opstap.trajectory.repository.TrajectoryRepository;

/** Every audited endpoint here sits under /trajectories/{id}: the client is the trajectory's. */
@ApplicationScoped
class TrajectoryAuditSubjects implements AuditSubjectResolver {

    /** Why trajectory-service processes a client's data, as the audit trail tells the client. */
    static final String PURPOSE = "Guiding the client through a work-fit trajectory: plan, reviews, extensions and aftercare";

    private final TrajectoryRepository trajectories;

    TrajectoryAuditSubjects(TrajectoryRepository trajectories) {
        this.trajectories = trajectories;
    }

    @Override
    public Set<UUID> clientsOf(String tenant, MultivaluedMap<String, String> pathParameters) {
        return AuditSubjectResolver.pathId(pathParameters, "id")
                .flatMap(id -> trajectories.find("tenant = ?1 and id = ?2", tenant, id).<Trajectory>firstResultOptional())
                .map(t -> Set.of(t.clientId)).orElse(Set.of());
    }
}
