package nl.opstap.matching.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Short lists of codes stored in one text column: a projection only ever reads them whole. */
public final class CommaList {

    private CommaList() {
    }

    public static String join(Collection<?> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().map(v -> v instanceof Enum<?> e ? e.name() : v.toString()).collect(Collectors.joining(","));
    }

    public static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
