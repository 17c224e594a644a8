package dev.cxkit.rules.internal.drools;

import org.jspecify.annotations.Nullable;

/**
 * One DRL text to compile, and where its lines come from.
 *
 * @param sourceName the policy source it was written by or generated from
 * @param drl the DRL text
 * @param lineMap for generated DRL, the source line of each DRL line (index 0 is DRL line 1);
 *     {@code null} when the DRL is the source itself
 */
public record DrlUnit(String sourceName, String drl, int @Nullable [] lineMap) {

    /**
     * Maps a DRL line to the source line it came from.
     *
     * @param drlLine a 1-based DRL line
     * @return the source line, or 0 if unknown
     */
    public int sourceLine(int drlLine) {
        if (lineMap == null) {
            return Math.max(drlLine, 0);
        }
        return drlLine >= 1 && drlLine <= lineMap.length ? lineMap[drlLine - 1] : 0;
    }
}
