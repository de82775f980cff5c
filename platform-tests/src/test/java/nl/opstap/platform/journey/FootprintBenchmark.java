package nl.opstap.platform.journey;

import static nl.opstap.platform.journey.Calls.as;
import static nl.opstap.platform.journey.Calls.asClient;
import static nl.opstap.platform.journey.RunningPlatform.Service.INTAKE;
import static nl.opstap.platform.journey.RunningPlatform.Service.REPORTING;
import static nl.opstap.platform.journey.RunningPlatform.Service.TRAJECTORY;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.opstap.platform.journey.RunningPlatform.Service;
import nl.opstap.support.testing.PersonalTestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue #12, footprint and start: for each packaged service alone, the time from process start to ready and the
 * resident memory once ready; then all five started at once, their total resident memory idle and after some load.
 * Three sets of options: as the services first ran ({@code -Xms32m -Xmx256m}, Kafka clients created while starting),
 * as run.sh starts them now (plus deploy/local/service-jvm.options and an AppCDS archive of the classes the service
 * loads, recorded by one start and stop beforehand, as run.sh records it on the first stop), and that without the C2
 * compiler, for the choice. The baseline, measured in the same run with the same heap flags, is a JVM that does
 * nothing but say it is up ({@link IdleJvm}): what the JVM itself costs on this machine.
 * Median of {@code bench.runs} (default 3) starts. Writes {@code docs/benchmarks/footprint.md}. Runs only in the
 * bench profile: {@code ./deploy/local/bench.sh footprint}.
 */
@Tag("bench")
class FootprintBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final int LOAD_REQUESTS = 300;
    private static final Path ARCHIVES = Path.of("target", "cds").toAbsolutePath();
    private static final List<String> RUN_SH_OPTIONS = runShOptions();

    /** The sets of options compared: before, as run.sh starts the services now, and that with C1 only. */
    enum Options {
        /** The heap flags only, and the Kafka clients created while the service starts, as the services first ran. */
        BEFORE(service -> List.of("-Dmp.messaging.connector.smallrye-kafka.lazy-client=false")),
        AS_RUN_SH(FootprintBenchmark::asRunShStartsThem),
        /** Not adopted, measured for the choice: no C2 compiler starts sooner and smaller, and gives up peak throughput. */
        C1_ONLY(service -> Stream.concat(asRunShStartsThem(service).stream(), Stream.of("-XX:TieredStopAtLevel=1")).toList());

        final Function<Service, List<String>> jvm;

        Options(Function<Service, List<String>> jvm) {
            this.jvm = jvm;
        }
    }

    /** Figures of one set of options: per service the start to ready (ms) and resident memory (kB) of each run. */
    record Figures(Map<Service, List<Long>> readyMillis, Map<Service, List<Long>> readyRss, long together, long idleTotal,
            long loadedTotal) {
    }

    @Test
    void startAndMemory() throws Exception {
        List<Long> baselineMillis = new ArrayList<>();
        List<Long> baselineRss = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long[] figures = idleJvm();
            baselineMillis.add(figures[0]);
            baselineRss.add(figures[1]);
        }
        recordArchives();
        Map<Options, Figures> figures = new EnumMap<>(Options.class);
        for (Options options : Options.values()) {
            figures.put(options, measure(options));
        }
        write(baselineMillis, baselineRss, figures);
    }

    private static List<String> asRunShStartsThem(Service service) {
        return withRunShOptions("-XX:SharedArchiveFile=" + archive(service), "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** The options of deploy/local/service-jvm.options, which run.sh starts every service with, then the given ones. */
    private static List<String> withRunShOptions(String... more) {
        return Stream.concat(RUN_SH_OPTIONS.stream(), Stream.of(more)).toList();
    }

    private static List<String> runShOptions() {
        try (Stream<String> lines = Files.lines(RunningPlatform.ROOT.resolve("deploy/local/service-jvm.options"))) {
            return lines.map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path archive(Service service) {
        return ARCHIVES.resolve(service.module + ".jsa");
    }

    /** One start and stop per service with -XX:ArchiveClassesAtExit: the JVM writes the archive as it exits on SIGTERM. */
    private static void recordArchives() throws IOException {
        Files.createDirectories(ARCHIVES);
        try (RunningPlatform platform = RunningPlatform.prepare().withJvmOptions(service -> withRunShOptions(
                "-XX:ArchiveClassesAtExit=" + archive(service), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"))) {
            for (Service service : Service.values()) {
                Files.deleteIfExists(archive(service));
                platform.start(service);
                platform.stop(service);
                if (!Files.exists(archive(service))) {
                    throw new IllegalStateException("no archive written for " + service.module);
                }
            }
        }
    }

    private static Figures measure(Options options) throws Exception {
        Map<Service, List<Long>> readyMillis = new EnumMap<>(Service.class);
        Map<Service, List<Long>> readyRss = new EnumMap<>(Service.class);
        try (RunningPlatform platform = RunningPlatform.prepare().withJvmOptions(options.jvm)) {
            for (int run = 0; run < RUNS; run++) {
                for (Service service : Service.values()) {
                    long began = System.nanoTime();
                    platform.start(service);
                    readyMillis.computeIfAbsent(service, s -> new ArrayList<>()).add((System.nanoTime() - began) / 1_000_000);
                    RunningPlatform.sleep(Duration.ofSeconds(5));
                    readyRss.computeIfAbsent(service, s -> new ArrayList<>()).add(rssKb(platform.pid(service)));
                    platform.stop(service);
                }
            }
        }
        try (RunningPlatform platform = RunningPlatform.prepare().withJvmOptions(options.jvm)) {
            long began = System.nanoTime();
            platform.startAll();
            long together = (System.nanoTime() - began) / 1_000_000;
            RunningPlatform.sleep(Duration.ofSeconds(10));
            long idleTotal = 0;
            for (Service service : Service.values()) {
                idleTotal += rssKb(platform.pid(service));
            }
            load();
            long loadedTotal = 0;
            for (Service service : Service.values()) {
                loadedTotal += rssKb(platform.pid(service));
            }
            return new Figures(readyMillis, readyRss, together, idleTotal, loadedTotal);
        }
    }

    /** Referrals, admissions and reads: every service's database, outbox and consumers get some work. */
    private static void load() {
        String programmeId = Catalogue.programme(false, 3);
        Calls.eventually(() -> as("uw-admin").get(TRAJECTORY.url() + "/programmes/" + programmeId).then().statusCode(200));
        for (int i = 0; i < LOAD_REQUESTS; i++) {
            String clientId = asClient("gemeente-utrecht").body(Map.of("municipalityReference", "BENCH-" + UUID.randomUUID(),
                            "bsn", PersonalTestData.bsn(), "name", Map.of("givenNames", "Bench", "familyName", "Mark"),
                            "dateOfBirth", "1990-02-03", "contact", Map.of("postcode", "3511 AB"), "targetGroup", "PARTICIPATIEWET",
                            "benefitSituation", "RETAINED_BENEFIT", "question", "Werkfit worden"))
                    .post(INTAKE.url() + "/referrals").then().statusCode(201).extract().path("clientId");
            if (i % 3 == 0) {
                Calls.eventually(() -> as("uw-consultant").body(Map.of("programmeId", programmeId))
                        .post(INTAKE.url() + "/clients/" + clientId + "/admission").then().statusCode(200));
            }
            as("uw-analyst").queryParam("period", String.valueOf(LocalDate.now().getYear())).get(REPORTING.url() + "/kpis/funnel")
                    .then().statusCode(200);
        }
        RunningPlatform.sleep(Duration.ofSeconds(10));
    }

    /** Starts {@link IdleJvm} with the services' JVM flags: milliseconds to its "ready" line, and its resident kB then. */
    private static long[] idleJvm() throws IOException, InterruptedException {
        Path classes = Path.of("target", "test-classes").toAbsolutePath();
        long began = System.nanoTime();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms32m", "-Xmx256m", "-cp", classes.toString(), IdleJvm.class.getName()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            long millis = (System.nanoTime() - began) / 1_000_000;
            if (!"ready".equals(line)) {
                throw new IllegalStateException("IdleJvm said " + line);
            }
            RunningPlatform.sleep(Duration.ofSeconds(5));
            long rss = rssKb(process.pid());
            return new long[] {millis, rss};
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static void write(List<Long> baselineMillis, List<Long> baselineRss, Map<Options, Figures> figures) throws IOException {
        long jvmMillis = median(baselineMillis);
        long jvmRss = median(baselineRss);
        Figures before = figures.get(Options.BEFORE);
        Figures now = figures.get(Options.AS_RUN_SH);
        Figures c1 = figures.get(Options.C1_ONLY);
        StringBuilder md = new StringBuilder();
        md.append("# Footprint and start\n\n")
                .append("Measured by `./deploy/local/bench.sh footprint` (`FootprintBenchmark`, platform-tests) on ")
                .append(LocalDate.now()).append(": ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(memTotalMb()).append(" MB memory, Java ").append(System.getProperty("java.version"))
                .append(". Each packaged service (`quarkus-run.jar`, `-Xms32m -Xmx256m`) is started alone ")
                .append(RUNS).append(" times, the first against a fresh database (its migrations run), the others against the ")
                .append("schema in place, as on every later start; the figures are medians. Ready = `/q/health/ready` answers 200 ")
                .append("(database, Kafka, and for matching-service its index built); resident memory (VmRSS) 5 s after ready. **Before**: those flags only, ")
                .append("and the Kafka clients created one after the other while the service starts, as the services first ran. ")
                .append("**Now**: as `run.sh` starts them, with the options of `deploy/local/service-jvm.options` (the serial ")
                .append("collector; the native heap trimmed every 2 s; C2 only after ten times the default calls), an AppCDS archive ")
                .append("(`-XX:SharedArchiveFile`) of the classes the service loaded in one start and stop beforehand, which run.sh ")
                .append("records on the first stop, and each Kafka client created on its own thread (`lazy-client`, the services' ")
                .append("shared configuration). **C1 only**: as now, plus `-XX:TieredStopAtLevel=1` (no C2 compiler), not ")
                .append("adopted: measured so the choice between start, memory and peak throughput is made on figures. Baseline in ")
                .append("the same run: a JVM with the same heap flags that only prints a line (`IdleJvm`).\n\n")
                .append("| process | ready before (ms) | ready now (ms) | now x baseline | resident before (MB) | resident now (MB) ")
                .append("| goal now (ready < 3,000 ms, < 250 MB) | ready C1 only (ms) | resident C1 only (MB) |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n")
                .append(String.format("| baseline JVM | %d | | 1.0 | %d | | | | |%n", jvmMillis, jvmRss / 1024));
        for (Service service : Service.values()) {
            long millisBefore = median(before.readyMillis().get(service));
            long millis = median(now.readyMillis().get(service));
            long rssBefore = median(before.readyRss().get(service));
            long rss = median(now.readyRss().get(service));
            md.append(String.format("| %s | %d | %d | %.1f | %d | %d | %s | %d | %d |%n", service.module, millisBefore, millis,
                    (double) millis / jvmMillis, rssBefore / 1024, rss / 1024,
                    (millis < 3000 ? "ready met" : "ready missed") + ", " + (rss < 250 * 1024 ? "memory met" : "memory missed"),
                    median(c1.readyMillis().get(service)), median(c1.readyRss().get(service)) / 1024));
        }
        md.append(String.format("%nAll five started at once (after the runs above): ready after %d ms before, %d ms now; resident "
                        + "together %d MB before and %d MB now when idle, %d MB before and %d MB now after %d referrals (a third "
                        + "admitted) and as many KPI reads.%n", before.together(), now.together(), before.idleTotal() / 1024,
                now.idleTotal() / 1024, before.loadedTotal() / 1024, now.loadedTotal() / 1024, LOAD_REQUESTS));
        md.append(String.format("C1 only: all five ready after %d ms; resident together %d MB idle, %d MB after the same load.%n",
                c1.together(), c1.idleTotal() / 1024, c1.loadedTotal() / 1024));
        md.append("\nRaw per-run figures: `docs/benchmarks/footprint-raw.txt`.\n");
        Path out = Path.of(System.getProperty("bench.out", "../docs/benchmarks"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("footprint.md"), md.toString());
        StringBuilder raw = new StringBuilder("baseline ms " + baselineMillis + " rss kB " + baselineRss + "\n");
        figures.forEach((options, f) -> {
            f.readyMillis().forEach((service, millis) -> raw.append(options).append(' ').append(service.module).append(" ms ")
                    .append(millis).append(" rss kB ").append(f.readyRss().get(service)).append('\n'));
            raw.append(options).append(" together ms ").append(f.together()).append(" idle kB ").append(f.idleTotal())
                    .append(" loaded kB ").append(f.loadedTotal()).append('\n');
        });
        Files.writeString(out.resolve("footprint-raw.txt"), raw.toString());
        System.out.print(md);
    }

    private static long memTotalMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }
}
