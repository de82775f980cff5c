package nl.opstap.matching.domain.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Coordinates of four-digit postcode areas, from the labelled table {@code matching/postcode-areas.csv} (see
 * its header: approximate, incomplete, hand-entered). Distance is straight-line (equirectangular, exact enough
 * within the Netherlands), in whole kilometres.
 */
public final class PostcodeAreas {

    private static final double KM_PER_DEGREE_LATITUDE = 111.2;

    /** Each area's number, in code order: an index stores a candidate's area as this short number. */
    private final Map<String, Integer> numbers = new HashMap<>();
    private final int areaCount;
    /** Km between every two numbered areas, row by row, as {@link #distanceKm(float, float, float, float)} gives them. */
    private final int[] kmBetween;

    public PostcodeAreas(Map<String, float[]> coordinates) {
        List<String> codes = new ArrayList<>(coordinates.keySet());
        Collections.sort(codes);
        areaCount = codes.size();
        float[][] byNumber = new float[codes.size()][];
        for (int n = 0; n < codes.size(); n++) {
            numbers.put(codes.get(n), n);
            byNumber[n] = coordinates.get(codes.get(n));
        }
        kmBetween = new int[codes.size() * codes.size()];
        for (int from = 0; from < codes.size(); from++) {
            for (int to = 0; to < codes.size(); to++) {
                kmBetween[from * codes.size() + to] = distanceKm(byNumber[from][0], byNumber[from][1], byNumber[to][0], byNumber[to][1]);
            }
        }
    }

    /** Km between two numbered areas, -1 when either has no number (no coordinates). */
    public int distanceKm(int fromNumber, int toNumber) {
        return fromNumber < 0 || toNumber < 0 ? -1 : kmBetween[fromNumber * areaCount + toNumber];
    }

    /**
     * Km from every area to one, as a table indexed by area number + 1: entry 0 (no coordinates) and every entry
     * when {@code toNumber} has none are -1. A scan reads it instead of calling {@link #distanceKm(int, int)}.
     */
    int[] distancesTo(int toNumber) {
        int[] km = new int[areaCount + 1];
        for (int from = -1; from < areaCount; from++) {
            km[from + 1] = distanceKm(from, toNumber);
        }
        return km;
    }

    public static PostcodeAreas fromClasspath() {
        Map<String, float[]> table = new HashMap<>();
        try (var in = PostcodeAreas.class.getResourceAsStream("/matching/postcode-areas.csv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] f = line.split(",");
                table.put(f[0], new float[] {Float.parseFloat(f[1]), Float.parseFloat(f[2])});
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PostcodeAreas(table);
    }

    /** The area's number, or -1 when it has no coordinates. */
    public int numberOf(String area) {
        Integer n = area == null ? null : numbers.get(area);
        return n == null ? -1 : n;
    }

    public static int distanceKm(float lat1, float lon1, float lat2, float lon2) {
        double x = (lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2.0));
        double y = lat2 - lat1;
        return (int) Math.round(Math.sqrt(x * x + y * y) * KM_PER_DEGREE_LATITUDE);
    }
}
