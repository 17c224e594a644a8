package dev.cxkit.core.io.internal;

import java.util.Arrays;

/**
 * A compact set of 64-bit id hashes, each with the line it was first seen on: two parallel
 * {@code long} arrays with open addressing and linear probing, at most 3/4 full (about 21–43 bytes
 * per id). Hash 0 marks an empty slot, so a real hash 0 is stored as 1. Not thread-safe.
 *
 * <p>Ids are hashed with 64-bit FNV-1a over their UTF-16 chars, finished with the MurmurHash3
 * {@code fmix64} mixer. A false duplicate needs two distinct ids with the same hash; for {@code n}
 * ids the probability is about {@code n² / 2⁶⁵} (birthday bound), below 3·10⁻⁶ for 10⁷ ids.
 */
final class IdHashSet {

    private long[] hashes = new long[1024];
    private long[] lines = new long[1024];
    private int count;

    /**
     * Adds an id unless present.
     *
     * @return the line the id was first seen on, or {@code -1} if it was added now
     */
    long addIfAbsent(String id, long line) {
        long hash = hash(id);
        if (hash == 0) {
            hash = 1;
        }
        int mask = hashes.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (hashes[slot] != 0) {
            if (hashes[slot] == hash) {
                return lines[slot];
            }
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        lines[slot] = line;
        if (++count * 4L > hashes.length * 3L) {
            grow();
        }
        return -1;
    }

    int size() {
        return count;
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new long[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            long hash = oldHashes[i];
            if (hash != 0) {
                int slot = (int) (hash ^ (hash >>> 32)) & mask;
                while (hashes[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = hash;
                lines[slot] = oldLines[i];
            }
        }
        Arrays.fill(oldHashes, 0);
    }

    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
