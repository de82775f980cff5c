package nl.opstap.support.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.hibernate.Session;

/**
 * The append-only log of personal-data processing (in the style of the Dutch draft standard "Logboek
 * Dataverwerkingen"), one chain per organisation: each entry's hash covers its fields and the previous entry's
 * hash, so an edited, inserted or removed entry breaks every hash after it. The table refuses UPDATE and DELETE
 * (a trigger); the chain shows tampering by someone who gets past that. Entries hold who, what, when and why,
 * never the data. One entry per processing, naming every client it touched: a caseload page of twenty clients is one
 * entry, not twenty rows that repeat the same who, what and why.
 */
@ApplicationScoped
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);
    private static final String COLUMNS = "id, occurred_at, actor, actor_roles, client_ids, category, operation, endpoint, "
            + "purpose, legal_basis, previous_hash, hash";

    private static final int MAX_ENTRIES_PER_WRITE = 500;

    private final EntityManager entityManager;
    private final Clock clock;
    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final Lock writer = new ReentrantLock();

    AuditTrail(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** What happened, without the clients it happened to. */
    public record Processing(String tenant, String actor, String actorRoles, String category, String operation,
            String endpoint, String purpose, String legalBasis) {
    }

    /**
     * Appends one entry naming these clients and returns once it is committed. Each organisation's chain takes a lock while
     * it grows, and its commit is the slow part, so callers are not given a transaction each: whichever caller gets
     * the writer writes everything waiting by then, for every organisation, in one transaction (a group commit).
     */
    public void append(Processing processing, Collection<UUID> clients) {
        if (clients.isEmpty()) {
            return;
        }
        Waiting mine = new Waiting(processing, List.copyOf(clients), clock.instant().truncatedTo(ChronoUnit.MICROS),
                new CompletableFuture<>());
        waiting.add(mine);
        while (!mine.written().isDone()) {
            writer.lock();
            try {
                if (!mine.written().isDone()) {
                    writeWaiting();
                }
            } finally {
                writer.unlock();
            }
        }
        try {
            mine.written().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Entries of one call, waiting for the writer. */
    private record Waiting(Processing processing, List<UUID> clients, Instant at, CompletableFuture<Void> written) {
    }

    private void writeWaiting() {
        List<Waiting> batch = new ArrayList<>();
        for (Waiting next; batch.size() < MAX_ENTRIES_PER_WRITE && (next = waiting.poll()) != null; ) {
            batch.add(next);
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                // Organisations in a fixed order, so that two instances writing the same two chains cannot deadlock.
                Map<String, List<Waiting>> byTenant = new TreeMap<>();
                batch.forEach(w -> byTenant.computeIfAbsent(w.processing().tenant(), t -> new ArrayList<>()).add(w));
                byTenant.forEach(this::extendChain);
            });
            batch.forEach(w -> w.written().complete(null));
        } catch (RuntimeException e) {
            batch.forEach(w -> w.written().completeExceptionally(e));
        }
    }

    /**
     * Appends the calls to the organisation's chain, in plain JDBC on the transaction's connection: through Hibernate's
     * native queries the lock and the chain's last hash cost three times the CPU of the insert itself (async-profiler,
     * write-path benchmark, #12), as a native query's SQL is interpreted anew on every call.
     */
    private void extendChain(String tenant, List<Waiting> calls) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            // The lock first, in a statement of its own: the last hash must be read with a snapshot taken after the lock is
            // held, or it could miss an entry the previous holder committed meanwhile and fork the chain.
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, "audit:" + tenant);
                lock.executeQuery().close();
            }
            String previousHash = lastHash(connection, tenant);
            // One JDBC batch, in chain order: the driver sends it in few round trips and ids follow the order of the rows.
            try (PreparedStatement insert = connection.prepareStatement("insert into audit_entry (tenant, occurred_at, actor, "
                    + "actor_roles, client_ids, category, operation, endpoint, purpose, legal_basis, previous_hash, hash) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Waiting call : calls) {
                    Processing p = call.processing();
                    String hash = hash(previousHash, p, call.clients(), call.at());
                    insert.setString(1, tenant);
                    insert.setTimestamp(2, Timestamp.from(call.at()));
                    insert.setString(3, p.actor());
                    insert.setString(4, p.actorRoles());
                    insert.setArray(5, connection.createArrayOf("uuid", call.clients().toArray()));
                    insert.setString(6, p.category());
                    insert.setString(7, p.operation());
                    insert.setString(8, p.endpoint());
                    insert.setString(9, p.purpose());
                    insert.setString(10, p.legalBasis());
                    insert.setString(11, previousHash);
                    insert.setString(12, hash);
                    insert.addBatch();
                    previousHash = hash;
                }
                insert.executeBatch();
            }
        });
    }

    private static String lastHash(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement last = connection.prepareStatement(
                "select hash from audit_entry where tenant = ? order by id desc limit 1")) {
            last.setString(1, tenant);
            try (ResultSet rows = last.executeQuery()) {
                return rows.next() ? rows.getString(1) : GENESIS;
            }
        }
    }

    /** The organisation's entries, newest first, optionally those naming one client ("who looked at my file?"). */
    @SuppressWarnings("unchecked")
    public List<AuditEntryView> entries(String tenant, UUID clientId, int page, int size) {
        String where = clientId == null ? "tenant = ?1" : "tenant = ?1 and client_ids @> array[cast(?2 as uuid)]";
        var query = entityManager.createNativeQuery("select " + COLUMNS + " from audit_entry where " + where
                + " order by id desc limit " + size + " offset " + ((long) page * size))
                .setParameter(1, tenant);
        if (clientId != null) {
            query.setParameter(2, clientId);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(AuditTrail::view).toList();
    }

    public long count(String tenant, UUID clientId) {
        String where = clientId == null ? "tenant = ?1" : "tenant = ?1 and client_ids @> array[cast(?2 as uuid)]";
        var query = entityManager.createNativeQuery("select count(*) from audit_entry where " + where).setParameter(1, tenant);
        if (clientId != null) {
            query.setParameter(2, clientId);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Recomputes the organisation's chain from the start, in batches. */
    @SuppressWarnings("unchecked")
    public ChainVerification verify(String tenant) {
        String previous = GENESIS;
        long checked = 0;
        long after = 0;
        while (true) {
            List<Object[]> rows = entityManager.createNativeQuery("select " + COLUMNS + ", tenant from audit_entry "
                    + "where tenant = ?1 and id > ?2 order by id limit 1000")
                    .setParameter(1, tenant).setParameter(2, after).getResultList();
            if (rows.isEmpty()) {
                return new ChainVerification(true, checked, null);
            }
            for (Object[] row : rows) {
                AuditEntryView entry = view(row);
                Processing processing = new Processing(tenant, entry.actor(), entry.actorRoles(), entry.category(),
                        entry.operation(), entry.endpoint(), entry.purpose(), entry.legalBasis());
                String storedPrevious = (String) row[10];
                if (!previous.equals(storedPrevious)
                        || !hash(previous, processing, entry.clientIds(), entry.occurredAt()).equals(entry.hash())) {
                    return new ChainVerification(false, checked, entry.id());
                }
                previous = entry.hash();
                after = entry.id();
                checked++;
            }
        }
    }

    /**
     * SHA-256 over the previous hash and every field, each prefixed by its length so no two entries read alike. The
     * clients are one field, their ids joined by commas in the entry's order: for one client exactly what entries
     * hashed when each held a single client, so those still verify.
     */
    static String hash(String previous, Processing p, List<UUID> clients, Instant at) {
        String clientIds = String.join(",", clients.stream().map(UUID::toString).toList());
        List<String> fields = new ArrayList<>(List.of(previous, p.tenant(), at.toString(), p.actor(), p.actorRoles(),
                clientIds, p.category(), p.operation(), p.endpoint(), p.purpose(), p.legalBasis()));
        StringBuilder canonical = new StringBuilder();
        fields.forEach(f -> canonical.append(f.length()).append(':').append(f).append(';'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static AuditEntryView view(Object[] row) {
        return new AuditEntryView(((Number) row[0]).longValue(), instant(row[1]), (String) row[2], (String) row[3],
                uuids(row[4]), (String) row[5], (String) row[6], (String) row[7], (String) row[8], (String) row[9],
                (String) row[11]);
    }

    private static List<UUID> uuids(Object value) {
        try {
            Object[] ids = value instanceof java.sql.Array array ? (Object[]) array.getArray() : (Object[]) value;
            return Arrays.stream(ids).map(UUID.class::cast).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("client_ids unreadable", e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
