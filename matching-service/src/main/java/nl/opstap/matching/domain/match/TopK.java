package nl.opstap.matching.domain.match;

/**
 * The k best (highest weighted score, then lowest id) of a stream of entries, in a bounded min-heap over
 * primitive arrays: O(n log k), nothing allocated per entry. Ties on score are broken by the id so the result
 * is exactly the first k of a full sort.
 */
final class TopK {

    private final int k;
    private final int[] index;
    private final long[] score;
    private final long[] idHigh;
    private final long[] idLow;
    private int size;

    TopK(int k) {
        this.k = k;
        index = new int[k];
        score = new long[k];
        idHigh = new long[k];
        idLow = new long[k];
    }

    void offer(int entry, long entryScore, long high, long low) {
        if (k == 0) {
            return;
        }
        if (size < k) {
            put(size, entry, entryScore, high, low);
            siftUp(size++);
        } else if (better(entryScore, high, low, 0)) {
            put(0, entry, entryScore, high, low);
            siftDown(0);
        }
    }

    /**
     * The score an entry must at least have to get in (on an equal score its id decides): the worst kept score once
     * the heap is full, {@link Long#MIN_VALUE} before. A scan skips an entry whose score cannot reach it.
     */
    long floor() {
        if (k == 0) {
            return Long.MAX_VALUE;
        }
        return size < k ? Long.MIN_VALUE : score[0];
    }

    /** Offers everything the other heap holds: two heaps over parts of the data merge to the heap of the whole. */
    void offerAll(TopK other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.index[i], other.score[i], other.idHigh[i], other.idLow[i]);
        }
    }

    /** The entries, best first. */
    int[] best() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> better(score[a], idHigh[a], idLow[a], b) ? -1 : 1);
        int[] result = new int[size];
        for (int i = 0; i < size; i++) {
            result[i] = index[order[i]];
        }
        return result;
    }

    /** Higher score first; on equal scores the smaller id (UUID order) first. */
    static boolean better(long s, long high, long low, long otherScore, long otherHigh, long otherLow) {
        if (s != otherScore) {
            return s > otherScore;
        }
        if (high != otherHigh) {
            return high < otherHigh;
        }
        return low < otherLow;
    }

    private boolean better(long s, long high, long low, int slot) {
        return better(s, high, low, score[slot], idHigh[slot], idLow[slot]);
    }

    private void put(int slot, int entry, long s, long high, long low) {
        index[slot] = entry;
        score[slot] = s;
        idHigh[slot] = high;
        idLow[slot] = low;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!better(score[parent], idHigh[parent], idLow[parent], i)) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int worst = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && better(score[worst], idHigh[worst], idLow[worst], left)) {
                worst = left;
            }
            if (right < size && better(score[worst], idHigh[worst], idLow[worst], right)) {
                worst = right;
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        int ti = index[a];
        long ts = score[a];
        long th = idHigh[a];
        long tl = idLow[a];
        put(a, index[b], score[b], idHigh[b], idLow[b]);
        put(b, ti, ts, th, tl);
    }
}
