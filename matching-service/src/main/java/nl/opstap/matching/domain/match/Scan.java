package nl.opstap.matching.domain.match;

import java.util.concurrent.CompletableFuture;

/** What a scan over part of a pool or of its vacancies found: the best matches, the best near misses, how many matched. */
record Scan(TopK matches, TopK nearMisses, int eligible) {

    /** Scans slots {@code from} (inclusive) to {@code to}. */
    interface Range {
        Scan scan(int from, int to);
    }

    /**
     * Scans {@code size} slots, a large number in two halves at once (this thread and one of the common pool); the merged
     * heaps hold exactly what one scan would.
     */
    static Scan inHalves(int size, Range range) {
        if (size < CandidatePool.PARALLEL_FROM) {
            return range.scan(0, size);
        }
        int middle = size / 2;
        CompletableFuture<Scan> upper = CompletableFuture.supplyAsync(() -> range.scan(middle, size));
        return range.scan(0, middle).merge(upper.join());
    }

    Scan merge(Scan other) {
        matches.offerAll(other.matches);
        nearMisses.offerAll(other.nearMisses);
        return new Scan(matches, nearMisses, eligible + other.eligible);
    }
}
