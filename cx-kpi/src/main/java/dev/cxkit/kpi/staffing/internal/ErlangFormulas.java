package dev.cxkit.kpi.staffing.internal;

import java.time.Duration;

/**
 * Erlang B and Erlang C by the overflow-free recursion
 * {@code B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1))} and {@code C = N·B / (N − A·(1 − B))}
 * (Cooper, "Introduction to Queueing Theory", 2nd ed. 1981, §3.5). Every intermediate value stays
 * in [0, 1], so the recursion is stable for any number of servers; it costs O(N). Not API.
 */
public final class ErlangFormulas {

    private ErlangFormulas() {
    }

    /**
     * Erlang B blocking probability of {@code servers} servers offered {@code load} Erlangs.
     *
     * @param load offered load in Erlangs, ≥ 0 and finite
     * @param servers number of servers, ≥ 0
     * @return B(servers, load) in [0, 1]
     */
    public static double erlangB(double load, int servers) {
        double b = 1.0;
        for (int n = 1; n <= servers; n++) {
            b = nextErlangB(load, n, b);
        }
        return b;
    }

    /**
     * One step of the Erlang B recursion: B(n) from B(n − 1).
     *
     * @param load offered load in Erlangs
     * @param n the number of servers of the result
     * @param previous B(n − 1)
     * @return B(n)
     */
    public static double nextErlangB(double load, int n, double previous) {
        double x = load * previous;
        return x / (n + x);
    }

    /**
     * Erlang C probability of waiting from the Erlang B value of the same group.
     *
     * @param load offered load in Erlangs, below {@code servers}
     * @param servers number of servers
     * @param erlangB B(servers, load)
     * @return C(servers, load) in [0, 1]
     */
    public static double erlangCFromB(double load, int servers, double erlangB) {
        double c = servers * erlangB / (servers - load * (1.0 - erlangB));
        return Math.min(1.0, Math.max(0.0, c));
    }

    /**
     * A duration in seconds as a {@code double}, exact to the nanosecond for any sensible duration.
     *
     * @param duration the duration
     * @return its length in seconds
     */
    public static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }

    /**
     * A non-negative number of seconds as a {@link Duration}, rounded to the nanosecond and capped
     * at the largest representable duration.
     *
     * @param seconds a non-negative, possibly infinite number of seconds
     * @return the duration
     */
    public static Duration duration(double seconds) {
        if (!(seconds < Long.MAX_VALUE)) {
            return Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
        }
        long whole = (long) Math.floor(seconds);
        long nanos = Math.round((seconds - whole) * 1e9);
        return Duration.ofSeconds(whole, nanos);
    }
}
