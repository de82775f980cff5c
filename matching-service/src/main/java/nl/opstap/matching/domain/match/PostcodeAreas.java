package nl.opstap.matching.domain.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Coordinates of four-digit postcode areas, from the labelled table {@code matching/postcode-areas.csv} (see
 * its header: approximate, incomplete, hand-entered). Distance is straight-line (equirectangular, exact enough
 * within the Netherlands), in whole kilometres.
 */
public final class PostcodeAreas {

    private static final double KM_PER_DEGREE_LATITUDE = 111.2;

    private final Map<String, float[]> coordinates;

    public PostcodeAreas(Map<String, float[]> coordinates) {
        this.coordinates = Map.copyOf(coordinates);
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

    /** {latitude, longitude}, or null when the area is not in the table. */
    public float[] coordinatesOf(String area) {
        return area == null ? null : coordinates.get(area);
    }

    public static int distanceKm(float lat1, float lon1, float lat2, float lon2) {
        double x = (lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2.0));
        double y = lat2 - lat1;
        return (int) Math.round(Math.sqrt(x * x + y * y) * KM_PER_DEGREE_LATITUDE);
    }
}
