package dev.cxkit.kpi.internal;

import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Dense ids {@code 0..size()-1} for pairs of strings (a customer id and, optionally, a reason key),
 * in the order the pairs were first seen, so that an accumulator can keep one {@code int} per
 * contact instead of a key object. An open-addressing table (linear probing, load at most 0.6) of
 * ids over two arrays of the pairs' own strings and their hashes: about 25 bytes per distinct pair plus the strings it
 * retains, and no allocation when the pair is known. Not thread-safe.
 */
public final class PairIndex {

    private static final int INITIAL_CAPACITY = 16;

    private String[] firsts = new String[INITIAL_CAPACITY];
    private @Nullable String[] seconds = new String[INITIAL_CAPACITY];
    /** Per id, the pair's hash: a probe compares it before it reads another pair's strings. */
    private int[] hashes = new int[INITIAL_CAPACITY];
    /** Per slot, id + 1; 0 marks a free slot. */
    private int[] table = new int[INITIAL_CAPACITY * 2];
    private int size;

    /**
     * The id of a pair, given it a new one if it was not seen before.
     *
     * @param first the first string
     * @param second the second string, or {@code null}
     * @return the pair's id, 0 or more
     */
    public int idOf(String first, @Nullable String second) {
        int hash = hash(first, second);
        int mask = table.length - 1;
        int slot = hash & mask;
        for (int id = table[slot]; id != 0; slot = (slot + 1) & mask, id = table[slot]) {
            if (hashes[id - 1] == hash && firsts[id - 1].equals(first) && Objects.equals(seconds[id - 1], second)) {
                return id - 1;
            }
        }
        if (size == firsts.length) {
            firsts = Arrays.copyOf(firsts, size * 2);
            seconds = Arrays.copyOf(seconds, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        firsts[size] = first;
        seconds[size] = second;
        hashes[size] = hash;
        table[slot] = ++size;
        if (size * 5L > table.length * 3L) {
            rehash();
        }
        return size - 1;
    }

    /**
     * The number of distinct pairs seen.
     *
     * @return the number of ids given
     */
    public int size() {
        return size;
    }

    /**
     * The first string of a pair.
     *
     * @param id an id this index gave
     * @return the pair's first string
     */
    public String first(int id) {
        Objects.checkIndex(id, size);
        return firsts[id];
    }

    /**
     * The second string of a pair.
     *
     * @param id an id this index gave
     * @return the pair's second string, or {@code null}
     */
    public @Nullable String second(int id) {
        Objects.checkIndex(id, size);
        return seconds[id];
    }

    private void rehash() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id + 1;
        }
    }

    private static int hash(String first, @Nullable String second) {
        int hash = (first.hashCode() * 31 + (second == null ? 0 : second.hashCode())) * 0x9E3779B9;
        return hash ^ (hash >>> 16);
    }
}
