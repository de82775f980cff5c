package nl.opstap.reporting.repository;

import java.util.Set;

/** The database schemas journey facts live in: the live one, and the one a replay fills before it is swapped in. */
public final class ProjectionSchema {

    public static final String LIVE = "projection";
    public static final String REBUILD = "projection_rebuild";

    private static final Set<String> KNOWN = Set.of(LIVE, REBUILD);

    private ProjectionSchema() {
    }

    /** Schema names are put into SQL text, so only the two fixed names are accepted. */
    static String checked(String schema) {
        if (!KNOWN.contains(schema)) {
            throw new IllegalArgumentException("Not a projection schema: " + schema);
        }
        return schema;
    }
}
