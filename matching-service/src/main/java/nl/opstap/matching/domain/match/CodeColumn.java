package nl.opstap.matching.domain.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of codes (certificates, work types) per slot as a bitset row in one long[]: codes are numbered per
 * pool as they first appear, and the row widens by a word when a pool meets its 65th, 129th, ... code.
 */
final class CodeColumn {

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> codes = new ArrayList<>();
    private int wordsPerRow = 1;
    private long[] bits;

    CodeColumn(int capacity) {
        bits = new long[capacity];
    }

    void grow(int capacity) {
        bits = Arrays.copyOf(bits, capacity * wordsPerRow);
    }

    void set(int slot, List<String> values) {
        for (String value : values) {
            numbers.computeIfAbsent(value, this::newCode);
        }
        Arrays.fill(bits, slot * wordsPerRow, (slot + 1) * wordsPerRow, 0L);
        for (String value : values) {
            int n = numbers.get(value);
            bits[slot * wordsPerRow + (n >>> 6)] |= 1L << (n & 63);
        }
    }

    void move(int from, int to) {
        System.arraycopy(bits, from * wordsPerRow, bits, to * wordsPerRow, wordsPerRow);
    }

    /** The codes as a mask row; null when one of them no slot has (then no slot holds all). */
    long[] maskOf(List<String> values) {
        long[] mask = new long[wordsPerRow];
        for (String value : values) {
            Integer n = numbers.get(value);
            if (n == null) {
                return null;
            }
            mask[n >>> 6] |= 1L << (n & 63);
        }
        return mask;
    }

    int countHeld(int slot, long[] masks, int offset, int words) {
        int base = slot * wordsPerRow;
        int held = 0;
        for (int w = 0; w < words; w++) {
            held += Long.bitCount(bits[base + w] & masks[offset + w]);
        }
        return held;
    }

    /** One slot's row, a copy. */
    long[] rowOf(int slot) {
        return Arrays.copyOfRange(bits, slot * wordsPerRow, (slot + 1) * wordsPerRow);
    }

    /** The rows back to back, {@link #wordsPerRow()} words each, for a scan's inner loop; read only. */
    long[] rows() {
        return bits;
    }

    int wordsPerRow() {
        return wordsPerRow;
    }

    int countHeld(int slot, long[] mask) {
        return countHeld(slot, mask, 0, mask.length);
    }

    /** The code's number, or -1 when no slot has it (then no slot holds it). */
    int numberOf(String value) {
        Integer n = value == null ? null : numbers.get(value);
        return n == null ? -1 : n;
    }

    boolean holdsNumber(int slot, int n) {
        return n >= 0 && (bits[slot * wordsPerRow + (n >>> 6)] & (1L << (n & 63))) != 0;
    }

    /** How many distinct codes the column knows; grows only, so a query compiled at one count is valid while it stays. */
    int codeCount() {
        return codes.size();
    }

    boolean holds(int slot, String value) {
        Integer n = numbers.get(value);
        return n != null && (bits[slot * wordsPerRow + (n >>> 6)] & (1L << (n & 63))) != 0;
    }

    private int newCode(String value) {
        int n = codes.size();
        codes.add(value);
        if (n >>> 6 >= wordsPerRow) {
            widen();
        }
        return n;
    }

    private void widen() {
        int rows = bits.length / wordsPerRow;
        long[] wider = new long[rows * (wordsPerRow + 1)];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(bits, r * wordsPerRow, wider, r * (wordsPerRow + 1), wordsPerRow);
        }
        wordsPerRow++;
        bits = wider;
    }
}
