package dev.cxkit.wfm.internal;

/**
 * The average handle time to expect per cell: the contact-weighted mean AHT of the same weekday and
 * slot over the last weeks of history; where that has no data, of the same slot on any weekday; then
 * of all cells. Handle times change slowly and matter less than volumes for staffing, so a profile is
 * enough (Koole, "Call Center Optimization", 2013, ch. 10).
 */
public final class HandleTimeProfile {

    private final int slots;
    private final double[] byPosition;
    private final double[] bySlot;
    private final double overall;

    private HandleTimeProfile(int slots, double[] byPosition, double[] bySlot, double overall) {
        this.slots = slots;
        this.byPosition = byPosition;
        this.bySlot = bySlot;
        this.overall = overall;
    }

    /**
     * Learns the profile from the cells before {@code n}.
     *
     * @param grid the grid (AHT and actual contacts)
     * @param n the first cell not to learn from
     * @param weeks how many weeks back to look
     * @return the profile
     */
    public static HandleTimeProfile learn(SeasonGrid grid, int n, int weeks) {
        int slots = grid.slots();
        double[] posWork = new double[7 * slots];
        double[] posCount = new double[7 * slots];
        double[] slotWork = new double[slots];
        double[] slotCount = new double[slots];
        double work = 0;
        double count = 0;
        double[] aht = grid.aht();
        double[] contacts = grid.training();
        for (int c = Math.max(0, n - weeks * 7 * slots); c < n; c++) {
            double a = aht[c];
            double k = contacts[c];
            if (Double.isNaN(a) || Double.isNaN(k) || k <= 0) {
                continue;
            }
            int p = grid.weekPosition(c);
            posWork[p] += a * k;
            posCount[p] += k;
            slotWork[c % slots] += a * k;
            slotCount[c % slots] += k;
            work += a * k;
            count += k;
        }
        double[] byPosition = new double[7 * slots];
        double[] bySlot = new double[slots];
        for (int p = 0; p < byPosition.length; p++) {
            byPosition[p] = posCount[p] > 0 ? posWork[p] / posCount[p] : Double.NaN;
        }
        for (int s = 0; s < slots; s++) {
            bySlot[s] = slotCount[s] > 0 ? slotWork[s] / slotCount[s] : Double.NaN;
        }
        return new HandleTimeProfile(slots, byPosition, bySlot, count > 0 ? work / count : Double.NaN);
    }

    /**
     * The AHT to expect in a cell.
     *
     * @param grid the grid
     * @param cell the cell
     * @return seconds, NaN if the history has no handle time at all
     */
    public double secondsAt(SeasonGrid grid, int cell) {
        double a = byPosition[grid.weekPosition(cell)];
        if (!Double.isNaN(a)) {
            return a;
        }
        a = bySlot[cell % slots];
        return Double.isNaN(a) ? overall : a;
    }
}
