package nl.opstap.matching.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps this instance's match index current with what every instance changes. Each instance consumes only some
 * partitions, so it hears of the others' changes through PostgreSQL: it LISTENs on {@value MatchIndexService#CHANNEL}
 * on a connection of its own (outside the pool, held for good) and reloads each announced candidate or vacancy from
 * the database. Notifications are sent at commit in commit order; while the connection is lost some may be missed, so
 * after reconnecting the index is rebuilt whole.
 */
@ApplicationScoped
public class MatchIndexChanges {

    private static final Logger LOG = Logger.getLogger(MatchIndexChanges.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(2);

    private final MatchIndexService index;
    private final String url;
    private final String user;
    private final String password;
    private volatile boolean running = true;
    private Thread listener;

    MatchIndexChanges(MatchIndexService index,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.index = index;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Listens first and builds the index second, so no change committed in between is missed; ready only after. */
    void start(@Observes StartupEvent start) throws SQLException {
        Connection connection = listen();
        index.rebuild();
        listener = new Thread(() -> follow(connection), "match-index-changes");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent stop) throws InterruptedException {
        running = false;
        if (listener != null) {
            listener.join(WAIT_MILLIS * 4L);
        }
    }

    private void follow(Connection first) {
        Connection connection = first;
        while (running) {
            try {
                if (connection == null) {
                    connection = listen();
                    index.rebuild();
                    LOG.info("Listening for match index changes again; index rebuilt");
                }
                PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
                if (notifications != null) {
                    for (PGNotification notification : notifications) {
                        index.reload(notification.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                // The database went away (or a reload failed with it): start over once it is back.
                LOG.warnf("Match index changes interrupted (%s); reconnecting", e.getClass().getSimpleName());
                close(connection);
                connection = null;
                pause();
            }
        }
        close(connection);
    }

    private Connection listen() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + MatchIndexService.CHANNEL);
        }
        return connection;
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the listening connection failed", e);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RECONNECT_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
