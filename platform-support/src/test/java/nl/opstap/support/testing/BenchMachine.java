package nl.opstap.support.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The machine a benchmark ran on, in one line for its results file: cores, CPU, memory, OS and Java. */
public final class BenchMachine {

    private BenchMachine() {
    }

    public static String describe() {
        String cpu = firstValue("/proc/cpuinfo", "model name").orElse("unknown CPU");
        String memory = firstValue("/proc/meminfo", "MemTotal")
                .map(kb -> Long.parseLong(kb.replaceAll("[^0-9]", "")) / (1024 * 1024) + " GiB RAM").orElse("unknown RAM");
        return "%d cores (%s), %s, %s %s, Java %s".formatted(Runtime.getRuntime().availableProcessors(), cpu, memory,
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"));
    }

    private static Optional<String> firstValue(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(key)).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
