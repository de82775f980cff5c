package nl.opstap.support.topics;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import nl.opstap.events.EventType;
import nl.opstap.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps every Opstap event topic and this service's dead-letter topic forever ({@code retention.ms=-1}): reporting
 * rebuilds its projection by replaying the topics from the beginning, a new consumer starts from the first event, and
 * a dead letter waits until an admin re-drives it. The broker's default (7 days) would silently lose all of that.
 * Events carry no BSN, names or contact details, only pseudonymous ids, which is what makes keeping them acceptable.
 * The one exception is the topic of answers to data-subject requests: it keeps them
 * {@link Topics#PRIVACY_COMPLETION_RETENTION_DAYS} days, as long as intake-service needs to gather an export.
 *
 * <p>Every service makes sure of it at start, whichever comes first: missing topics are created with the setting,
 * existing ones (for instance auto-created by a consumer) get it. It runs in the background and again every minute
 * until it has succeeded once, so a broker that is down does not hold the service's start.
 */
@ApplicationScoped
public class TopicRetention {

    private static final Logger LOG = Logger.getLogger(TopicRetention.class);
    private static final String FOREVER = "-1";

    private final String bootstrapServers;
    private final String service;
    private final AtomicBoolean done = new AtomicBoolean();

    TopicRetention(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                   @ConfigProperty(name = "quarkus.application.name") String service) {
        this.bootstrapServers = bootstrapServers;
        this.service = service;
    }

    /** The topics this service keeps forever: every event topic and its own dead-letter topic. */
    public Set<String> topics() {
        Set<String> topics = Arrays.stream(EventType.values()).map(EventType::topic).collect(Collectors.toCollection(TreeSet::new));
        topics.add(Topics.deadLetter(service));
        return topics;
    }

    @Scheduled(every = "1m", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void ensureScheduled() {
        if (!done.get()) {
            ensure();
        }
    }

    /** Creates what is missing and sets the retention of what exists; true once all topics keep their events as they should. */
    public boolean ensure() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000))) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            topics().stream().filter(t -> !existing.contains(t))
                    .forEach(t -> missing.add(new NewTopic(t, Optional.empty(), Optional.empty())
                            .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, retentionMs(t)))));
            createIgnoringRaces(admin, missing);
            Map<ConfigResource, Collection<AlterConfigOp>> changes = topics().stream()
                    .collect(Collectors.toMap(t -> new ConfigResource(ConfigResource.Type.TOPIC, t), t -> List.of(
                            new AlterConfigOp(new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, retentionMs(t)), AlterConfigOp.OpType.SET))));
            admin.incrementalAlterConfigs(changes).all().get(10, TimeUnit.SECONDS);
            done.set(true);
            LOG.infof("%d topics keep their events forever (retention.ms=-1) but %s (%d days), %d of them created now",
                    changes.size(), Topics.PRIVACY_COMPLETION, Topics.PRIVACY_COMPLETION_RETENTION_DAYS, missing.size());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warnf("Topic retention not set yet (tried again in a minute): %s", e.getClass().getSimpleName());
            return false;
        }
    }

    /** Forever, except the answers to data-subject requests (sealed export parts): a week is all intake-service needs. */
    static String retentionMs(String topic) {
        return Topics.PRIVACY_COMPLETION.equals(topic)
                ? Long.toString(Duration.ofDays(Topics.PRIVACY_COMPLETION_RETENTION_DAYS).toMillis()) : FOREVER;
    }

    /** Another service may create a topic between our listing and our creating it: then it exists, which is all we need. */
    private static void createIgnoringRaces(Admin admin, List<NewTopic> missing) throws InterruptedException, TimeoutException, ExecutionException {
        if (missing.isEmpty()) {
            return;
        }
        try {
            admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
