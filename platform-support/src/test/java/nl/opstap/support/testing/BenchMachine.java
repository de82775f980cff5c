package nl.opstap.support.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** What every benchmark reports the same way: the machine it ran on, and medians and percentiles of its figures. */
public final class BenchMachine {

    private BenchMachine() {
    }

    public static String describe() {
        return "%d cores (%s), %s RAM, %s %s, Java %s".formatted(Runtime.getRuntime().availableProcessors(), cpu(), memory(),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"));
    }

    /** The CPU model, as /proc/cpuinfo names it. */
    public static String cpu() {
        return firstValue("/proc/cpuinfo", "model name").orElse("unknown CPU");
    }

    /** Total memory in GiB, as "23 GiB". */
    public static String memory() {
        return firstValue("/proc/meminfo", "MemTotal").map(kb -> Long.parseLong(kb.replaceAll("[^0-9]", "")) / (1024 * 1024) + " GiB")
                .orElse("unknown");
    }

    /** The median of some figures. */
    public static double median(double[] figures) {
        double[] sorted = figures.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The p-th percentile (nearest rank) of figures sorted ascending. */
    public static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
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
