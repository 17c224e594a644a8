package dev.cxkit.core.internal;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

/** The "Maybe you meant …" hint of the settings and rubric files: the nearest known word by edit distance. */
public final class Spelling {

    /** Words more than this many edits away are not suggested. */
    public static final int MAX_EDITS = 3;

    private Spelling() {
    }

    /**
     * The candidate nearest to {@code word} by Levenshtein distance, if at most {@link #MAX_EDITS}
     * edits away; among equally near ones, the first in alphabetical order.
     *
     * @param word what was written
     * @param candidates the known words
     * @return the nearest candidate, or {@code null} if none is near
     */
    public static @Nullable String nearest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String candidate : candidates) {
            int d = distance(word, candidate);
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * The Levenshtein distance: insertions, deletions and substitutions of one character each.
     *
     * @param a one word
     * @param b the other
     * @return the number of edits
     */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
