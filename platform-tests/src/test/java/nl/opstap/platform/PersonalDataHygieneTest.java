package nl.opstap.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.opstap.platform.journey.RunningPlatform;
import nl.opstap.support.testing.PersonalTestData;
import nl.opstap.support.testing.TopicProbe;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue #10, log and stream hygiene: every BSN, name, birth date and contact detail the services' tests handed to
 * the platform in this build ({@link PersonalTestData}) is searched for in every log line every service wrote and in
 * every key, value and header of every record on every topic of the test broker. None may appear: personal data
 * lives only in intake-service's encrypted column, and reaches an employer only through the consent-gated view.
 * The report names the place and the kind of value, never the value.
 */
@Order(5)
class PersonalDataHygieneTest {

    private static final List<String> SERVICES = List.of("intake-service", "trajectory-service", "matching-service",
            "employer-service", "reporting-service");
    /** A BSN-shaped number that passes the 11-proef, standing alone: what no analytics record may hold at all. */
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<![0-9A-Za-z])[1-9][0-9]{8}(?![0-9A-Za-z])");

    private static final Pattern LOG_FILE = Pattern.compile(".*\\.log(\\.\\d+)?");

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String[]> VALUES = new ArrayList<>();

    @BeforeAll
    static void collectTheTestData() throws IOException {
        // The services' tests and the journey (this module) hand out personal test data.
        for (String module : Stream.concat(SERVICES.stream(), Stream.of("platform-tests")).toList()) {
            Path file = ROOT.resolve(module).resolve(PersonalTestData.FILE);
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] kindAndValue = line.split("\t", 2);
                    if (kindAndValue.length == 2 && !kindAndValue[1].isBlank()) {
                        VALUES.add(kindAndValue);
                    }
                }
            }
        }
        long bsns = VALUES.stream().filter(v -> v[0].equals("bsn")).count();
        assertTrue(bsns >= 10, "the services' tests of this build should have handed out BSNs (run the whole build); found " + bsns);
    }

    @Test
    void noServiceLogHoldsPersonalData() throws IOException {
        List<String> findings = new ArrayList<>();
        int files = 0;
        long lines = 0;
        List<Path> logs = new ArrayList<>();
        for (String service : SERVICES) {
            List<Path> ofService = logsIn(ROOT.resolve(service).resolve("target"));
            assertTrue(!ofService.isEmpty(), service + " wrote no log in target/: run the whole build");
            logs.addAll(ofService);
        }
        // What the packaged services logged while the journey ran.
        logs.addAll(logsIn(RunningPlatform.LOGS));
        for (Path log : logs) {
            files++;
            List<String> content = Files.readAllLines(log, StandardCharsets.UTF_8);
            lines += content.size();
            for (int i = 0; i < content.size(); i++) {
                for (String kind : kindsIn(content.get(i))) {
                    findings.add(ROOT.relativize(log) + ":" + (i + 1) + " holds a " + kind);
                }
            }
        }
        System.out.printf("Searched %d log lines in %d files for %d personal test values%n", lines, files, VALUES.size());
        assertTrue(findings.isEmpty(), findings.size() + " log lines hold personal data:\n" + String.join("\n", first(findings)));
    }

    private static List<Path> logsIn(Path directory) throws IOException {
        try (Stream<Path> listing = Files.exists(directory) ? Files.list(directory) : Stream.empty()) {
            return listing.filter(p -> LOG_FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
    }

    @Test
    void noTopicHoldsPersonalData() throws Exception {
        List<String> findings = new ArrayList<>();
        long records = 0;
        List<String> topics = topics();
        assertTrue(topics.size() >= 6, "the services' tests should have used their topics; found " + topics);
        for (String topic : topics) {
            for (ConsumerRecord<String, String> record : readAll(topic)) {
                records++;
                String place = topic + " partition " + record.partition() + " offset " + record.offset();
                List<String> parts = new ArrayList<>();
                parts.add(record.key());
                parts.add(record.value());
                for (Header header : record.headers()) {
                    parts.add(header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
                }
                for (String part : parts) {
                    if (part == null) {
                        continue;
                    }
                    kindsIn(part).forEach(kind -> findings.add(place + " holds a " + kind));
                    if (topic.startsWith("opstap.analytics.") && elevenProofNumberIn(part)) {
                        findings.add(place + " holds a BSN-shaped number");
                    }
                }
            }
        }
        System.out.printf("Searched %d records on %d topics for %d personal test values%n", records, topics.size(), VALUES.size());
        assertTrue(records > 100, "the services' tests should have published records; found " + records);
        assertTrue(findings.isEmpty(), findings.size() + " records hold personal data:\n" + String.join("\n", first(findings)));
    }

    private static List<String> kindsIn(String text) {
        List<String> kinds = new ArrayList<>();
        for (String[] value : VALUES) {
            if (text.contains(value[1]) && !kinds.contains(value[0])) {
                kinds.add(value[0]);
            }
        }
        return kinds;
    }

    private static boolean elevenProofNumberIn(String text) {
        Matcher number = NINE_DIGITS.matcher(text);
        while (number.find()) {
            String digits = number.group();
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (digits.charAt(i) - '0');
            }
            if ((sum - (digits.charAt(8) - '0')) % 11 == 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> topics() throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TopicProbe.bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            return admin.listTopics().names().get().stream().filter(name -> name.startsWith("opstap.")).sorted().toList();
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TopicProbe.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "hygiene-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertTrue(System.nanoTime() < deadline, "reading " + topic + " took over 60 s");
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static List<String> first(List<String> findings) {
        return findings.subList(0, Math.min(50, findings.size()));
    }
}
