package nl.opstap.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Creates the rebuild schema as an empty copy of the live one, and swaps the two when a replay is done. */
@ApplicationScoped
public class ProjectionSchemas {

    /** Every journey-fact table; the rebuild copies each one's columns, keys and indexes. */
    static final List<String> TABLES = List.of("referral", "admission", "referred_back", "trajectory", "extension", "placement",
            "aftercare_end", "benefit_resumption", "programme", "sroi_credit", "sroi_contract", "development_measurement");

    /** Held shared by every live write while a rebuild runs, and exclusively by the swap. */
    private static final long SWAP_LOCK = 0x6f70737461700001L;

    private final EntityManager entityManager;

    ProjectionSchemas(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void createEmptyRebuild() {
        execute("drop schema if exists " + ProjectionSchema.REBUILD + " cascade");
        execute("create schema " + ProjectionSchema.REBUILD);
        for (String table : TABLES) {
            execute("create table %s.%s (like %s.%s including all)".formatted(ProjectionSchema.REBUILD, table, ProjectionSchema.LIVE, table));
        }
    }

    /** Live writes take this so the swap cannot happen between their write to one schema and to the other. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdAgainstSwap() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock_shared(?1)").setParameter(1, SWAP_LOCK).getSingleResult();
    }

    /** Waits for running live writes, then puts the rebuild in the live schema's place and drops the old one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void swap() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, SWAP_LOCK).getSingleResult();
        execute("alter schema " + ProjectionSchema.LIVE + " rename to projection_replaced");
        execute("alter schema " + ProjectionSchema.REBUILD + " rename to " + ProjectionSchema.LIVE);
        execute("drop schema projection_replaced cascade");
    }

    private void execute(String sql) {
        entityManager.createNativeQuery(sql).executeUpdate();
    }
}
