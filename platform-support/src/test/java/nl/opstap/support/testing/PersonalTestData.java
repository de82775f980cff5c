package nl.opstap.support.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every BSN, name, birth date and contact detail a test hands to the platform, written to
 * {@code target/personal-test-data.tsv} of the module under test, so that platform-tests can search every log
 * and every topic of the run for them afterwards (issue #10, log and stream hygiene).
 */
public final class PersonalTestData {

    public static final Path FILE = Path.of("target", "personal-test-data.tsv");
    private static final Set<String> REMEMBERED = ConcurrentHashMap.newKeySet();

    private PersonalTestData() {
    }

    /** Remembers a value of a kind ("bsn", "name", "birth date", ...) and returns it. */
    public static String remember(String kind, String value) {
        if (REMEMBERED.add(kind + '\t' + value)) {
            synchronized (PersonalTestData.class) {
                try {
                    Files.createDirectories(FILE.getParent());
                    Files.writeString(FILE, kind + '\t' + value + '\n', StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return value;
    }
}
