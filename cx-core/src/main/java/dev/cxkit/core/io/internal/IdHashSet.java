package dev.cxkit.core.io.internal;

/**
 * A compact set of 64-bit id hashes, each with the line it was first seen on: one {@code long}
 * array of (hash, line) pairs with open addressing and linear probing, at most 3/4 full (about 21–43 bytes
 * per id). Hash 0 marks an empty slot, so a real hash 0 is stored as 1. Not thread-safe.
 *
 * <p>Ids are hashed with 64-bit FNV-1a over their UTF-16 chars, finished with the MurmurHash3
 * {@code fmix64} mixer. A false duplicate needs two distinct ids with the same hash; for {@code n}
 * ids the probability is about {@code n² / 2⁶⁵} (birthday bound), below 3·10⁻⁶ for 10⁷ ids.
 */
final class IdHashSet {

    /** Slot {@code i} is {@code entries[2i]} (the hash) and {@code entries[2i + 1]} (the line): one cache line for both. */
    private long[] entries = new long[2 * 1024];
    private int count;

    /**
     * Adds an id unless present.
     *
     * @return the line the id was first seen on, or {@code -1} if it was added now
     */
    long addIfAbsent(String id, long line) {
        return addIfAbsent(hash(id), line);
    }

    /**
     * Adds an id given by its {@link #hash} (computed on another thread, say) unless present.
     *
     * @return the line the id was first seen on, or {@code -1} if it was added now
     */
    long addIfAbsent(long idHash, long line) {
        long hash = idHash;
        if (hash == 0) {
            hash = 1;
        }
        int mask = entries.length / 2 - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (entries[2 * slot] != 0) {
            if (entries[2 * slot] == hash) {
                return entries[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        entries[2 * slot] = hash;
        entries[2 * slot + 1] = line;
        if (++count * 4L > entries.length / 2 * 3L) {
            grow();
        }
        return -1;
    }

    int size() {
        return count;
    }

    private void grow() {
        long[] old = entries;
        entries = new long[old.length * 2];
        int mask = entries.length / 2 - 1;
        for (int i = 0; i < old.length; i += 2) {
            long hash = old[i];
            if (hash != 0) {
                int slot = (int) (hash ^ (hash >>> 32)) & mask;
                while (entries[2 * slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                entries[2 * slot] = hash;
                entries[2 * slot + 1] = old[i + 1];
            }
        }
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
