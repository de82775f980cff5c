package nl.opstap.platform.journey;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The five services as the packaged jars a deployment runs, each its own process on the test infrastructure
 * (PostgreSQL, Kafka and Keycloak of deploy/local/test-infra.sh). Each service gets a database of its own, made
 * afresh, so what the services' own tests left behind does not count; Kafka is shared, and a service's consumer
 * group continues where that service's tests left it. Logs go to {@code platform-tests/target/journey/}, where the
 * personal-data hygiene test reads them.
 */
public final class RunningPlatform implements AutoCloseable {

    /** A service, its HTTP port on this test platform and its database. */
    public enum Service {
        INTAKE("intake-service", 28081),
        TRAJECTORY("trajectory-service", 28082),
        MATCHING("matching-service", 28083),
        EMPLOYER("employer-service", 28084),
        REPORTING("reporting-service", 28085);

        final String module;
        final int port;

        Service(String module, int port) {
            this.module = module;
            this.port = port;
        }

        public String url() {
            return "http://127.0.0.1:" + port;
        }

        String database() {
            return "journey_" + module.substring(0, module.indexOf('-'));
        }
    }

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    public static final Path LOGS = Path.of("target", "journey").toAbsolutePath();
    private static final Duration READY_WITHIN = Duration.ofSeconds(150);

    private final Map<Service, Process> processes = new EnumMap<>(Service.class);
    /** Second instances: same database, same consumer group, another port. */
    private final List<Process> extraInstances = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Period clockOffset = Period.ZERO;
    /** JVM options beyond heap and port, per service: the footprint benchmark compares sets of them. */
    private Function<Service, List<String>> jvmOptions = service -> List.of();

    private RunningPlatform() {
    }

    /** Fresh databases, then all five services started and ready. */
    public static RunningPlatform start() {
        RunningPlatform platform = prepare();
        try {
            platform.startAll();
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    /** Fresh databases and nothing started yet: start services one by one with {@link #start(Service)}. */
    public static RunningPlatform prepare() {
        RunningPlatform platform = new RunningPlatform();
        try {
            Files.createDirectories(LOGS);
            for (Service service : Service.values()) {
                platform.recreateDatabase(service);
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("preparing the journey's databases failed", e);
        }
        // Whatever happens to the test JVM, its services do not outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
        return platform;
    }

    /** Starts the services from now on with these extra JVM options. */
    public RunningPlatform withJvmOptions(Function<Service, List<String>> options) {
        this.jvmOptions = options;
        return this;
    }

    /** Starts every service at once and returns when all are ready. */
    public void startAll() {
        for (Service service : Service.values()) {
            launch(service);
        }
        for (Service service : Service.values()) {
            awaitReady(service);
        }
    }

    /** SIGTERM to one service, as an orchestrator stops it, and waits until it is gone. */
    public void stop(Service service) {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroy();
            awaitExit(process, Duration.ofSeconds(30));
        }
    }

    /** The operating-system process id of a running service. */
    public long pid(Service service) {
        return processes.get(service).pid();
    }

    /** Stops every service (SIGTERM, as an orchestrator would), then starts them all again with the clock moved. */
    public void restartLater(Period offset) {
        stopAll();
        clockOffset = offset;
        startAll();
    }

    /** kill -9: the process gets no chance to finish anything. */
    public void kill(Service service) {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(10));
        }
    }

    public void start(Service service) {
        launch(service);
        awaitReady(service);
    }

    /** Another instance of {@code service} beside the first, as a second replica would run; its base URL once ready. */
    public String startSecondInstance(Service service, int port) {
        Process process = spawn(command(service, port), service.module + "-" + port);
        extraInstances.add(process);
        String url = "http://127.0.0.1:" + port;
        awaitReady(url, process, service.module + "-" + port);
        return url;
    }

    private void launch(Service service) {
        processes.put(service, spawn(command(service, service.port), service.module));
    }

    private List<String> command(Service service, int port) {
        Path jar = ROOT.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the journey runs the packaged services (./mvnw verify builds them)");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xms32m", "-Xmx256m"));
        command.addAll(jvmOptions.apply(service));
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dopstap.database=" + service.database()));
        // The daily sweeps every few seconds, so months that pass on the moved clock show within the test.
        switch (service) {
            case TRAJECTORY -> command.add("-Dopstap.trajectory.sweep-cron=0/3 * * * * ?");
            case EMPLOYER -> command.add("-Dopstap.employer.sweep-cron=0/3 * * * * ?");
            default -> {
            }
        }
        if (!clockOffset.isZero()) {
            command.add("-Dopstap.clock.offset=" + clockOffset);
        }
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    private static Process spawn(List<String> command, String logName) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOGS.resolve(logName + ".log").toFile()));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("starting " + logName + " failed", e);
        }
    }

    private void awaitReady(Service service) {
        awaitReady(service.url(), processes.get(service), service.module);
    }

    private void awaitReady(String url, Process process, String logName) {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(logName + " exited while starting; see " + LOGS.resolve(logName + ".log"));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(50)); // fine-grained: the footprint benchmark measures start to ready with this
        }
        throw new IllegalStateException(logName + " not ready within " + READY_WITHIN + "; see " + LOGS.resolve(logName + ".log"));
    }

    private synchronized void stopAll() {
        List<Process> all = new ArrayList<>(processes.values());
        all.addAll(extraInstances);
        all.forEach(Process::destroy);
        all.forEach(p -> awaitExit(p, Duration.ofSeconds(30)));
        processes.clear();
        extraInstances.clear();
    }

    private static void awaitExit(Process process, Duration within) {
        try {
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void recreateDatabase(Service service) throws SQLException {
        String url = "jdbc:postgresql://" + env("OPSTAP_DB_HOST", "127.0.0.1") + ":" + env("OPSTAP_DB_PORT", "25432") + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, env("OPSTAP_DB_USER", "opstap"), env("OPSTAP_DB_PASSWORD", "opstap"));
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + service.database() + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + service.database() + " ENCODING 'UTF8'");
        }
    }

    @Override
    public void close() {
        stopAll();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
