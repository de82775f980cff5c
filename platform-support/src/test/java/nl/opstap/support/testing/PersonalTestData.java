package nl.opstap.support.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

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

    /** A random BSN that passes the 11-proef, remembered like any other value. */
    public static String bsn() {
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                digits[i] = ThreadLocalRandom.current().nextInt(10);
                sum += (9 - i) * digits[i];
            }
            int last = sum % 11;
            if (last < 10 && digits[0] != 0) {
                digits[8] = last;
                StringBuilder bsn = new StringBuilder();
                for (int digit : digits) {
                    bsn.append(digit);
                }
                return remember("bsn", bsn.toString());
            }
        }
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
