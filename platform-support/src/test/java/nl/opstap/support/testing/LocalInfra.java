package nl.opstap.support.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Stops and starts parts of the real local infrastructure through deploy/local/infra.sh, for fault tests. */
public final class LocalInfra {

    private LocalInfra() {
    }

    public static void kafkaStop() {
        run("kafka-stop");
    }

    public static void kafkaStart() {
        run("kafka-start");
    }

    public static void postgresStop() {
        run("pg-stop");
    }

    /** pg_ctl stop -m immediate: PostgreSQL goes away as in a crash and recovers from its WAL at the next start. */
    public static void postgresCrash() {
        run("pg-crash");
    }

    public static void postgresStart() {
        run("pg-start");
    }

    private static void run(String command) {
        Path script = repoRoot().resolve("deploy/local/infra.sh");
        try {
            Process process = new ProcessBuilder("bash", script.toString(), command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("infra.sh " + command + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("deploy/local/infra.sh"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("deploy/local/infra.sh not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
