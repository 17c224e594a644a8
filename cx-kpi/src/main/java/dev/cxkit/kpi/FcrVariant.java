package dev.cxkit.kpi;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * How first-contact resolution is measured: from repeat contacts within a window
 * ({@link RepeatWindow}), from cases ({@link Ticket}) or from what customers answered in surveys
 * ({@link Survey}). Each variant has the {@link #label() label} that {@link KpiValue#variant()}
 * shows, as in {@code per-issue/P7D} (docs/cli.md). Immutable and thread-safe.
 */
public sealed interface FcrVariant permits FcrVariant.RepeatWindow, FcrVariant.Ticket, FcrVariant.Survey {

    /** The default repeat window: 7 days (docs/kpis.md). */
    Duration DEFAULT_WINDOW = Duration.ofDays(7);

    /**
     * The longest repeat window: 100 years of 365.25 days. Longer windows mean nothing for repeat
     * contacts, and a window beyond about 292 million years has no millisecond representation.
     */
    Duration MAX_WINDOW = Duration.ofDays(36_525);

    /**
     * The variant string of {@link KpiValue#variant()}.
     *
     * @return for example {@code per-issue/P7D}, {@code ticket} or {@code survey}
     */
    String label();

    /**
     * The default: repeats of the same issue within 7 days, not censored.
     *
     * @return {@code repeatWithin(P7D, PER_ISSUE)}, label {@code per-issue/P7D}
     */
    static RepeatWindow ofDefaults() {
        return repeatWithin(DEFAULT_WINDOW, RepeatScope.PER_ISSUE);
    }

    /**
     * Repeat-based FCR: a first contact counts as resolved when no repeat follows within the window.
     *
     * @param window how long after a contact another one counts as a repeat; positive, at least 1 ms
     * @param scope what makes two contacts the same
     * @return the variant, without an observation end
     * @throws IllegalArgumentException if {@code window} is shorter than 1 ms
     */
    static RepeatWindow repeatWithin(Duration window, RepeatScope scope) {
        return new RepeatWindow(window, scope, null);
    }

    /**
     * Ticket-based FCR: the share of cases resolved by their only contact.
     *
     * @return the variant, label {@code ticket}
     */
    static Ticket ticket() {
        return Ticket.INSTANCE;
    }

    /**
     * Survey-based FCR: the share of "yes" answers to "was your issue resolved?".
     *
     * @return the variant, label {@code survey}
     */
    static Survey survey() {
        return Survey.INSTANCE;
    }

    /**
     * Repeat-based measurement: a window, a scope and an optional observation end.
     *
     * <p><b>Censoring.</b> A first contact less than a window before the end of the data has not had
     * its full chance to be repeated. With {@code observedUntil} set, such first contacts are left out
     * of FCR (and counted in {@link FcrCounts#censored()}), and contacts queued after
     * {@code observedUntil} are ignored (counted in {@link FcrCounts#afterObservationEnd()}). Without
     * it (the default) nothing is censored, which overstates FCR for the last window of data; set it
     * to the end of the export when the data ends at a known instant.
     *
     * @param window how long after a contact another counts as a repeat (inclusive); compared at
     *        millisecond precision, so at least 1 ms
     * @param scope what makes two contacts the same
     * @param observedUntil the end of the observed data, or {@code null} for no censoring
     */
    record RepeatWindow(Duration window, RepeatScope scope, @Nullable Instant observedUntil) implements FcrVariant {

        /** Validates the window and that the observation end has a millisecond representation. */
        public RepeatWindow {
            Checks.notNull(window, "window");
            Checks.notNull(scope, "scope");
            if (window.compareTo(MAX_WINDOW) > 0) {
                throw new IllegalArgumentException("The repeat window (" + window + ") is longer than "
                        + MAX_WINDOW.toDays() + " days.\nMaybe the unit is wrong, as in P7D for seven days?");
            }
            if (window.toMillis() < 1) {
                throw new IllegalArgumentException("The repeat window (" + window
                        + ") must be at least 1 ms; instants are compared at millisecond precision.\n"
                        + "Maybe you meant Duration.ofDays(" + Math.max(1, window.toDays()) + ")?");
            }
            if (observedUntil != null) {
                try {
                    observedUntil.toEpochMilli();
                } catch (ArithmeticException e) {
                    throw new IllegalArgumentException("The observedUntil (" + observedUntil
                            + ") is too far from 1970 to be represented in milliseconds.", e);
                }
            }
        }

        /**
         * A copy that censors first contacts whose window ends after {@code end}.
         *
         * @param end the end of the observed data (inclusive)
         * @return the copy
         */
        public RepeatWindow observedUntil(Instant end) {
            return new RepeatWindow(window, scope, Checks.notNull(end, "observedUntil"));
        }

        /**
         * The label, {@code <scope>/<window>[/as-of=<observedUntil>]}; whole days print as
         * {@code P7D}, other windows in ISO-8601 ({@code PT36H}).
         *
         * @return for example {@code per-issue/P7D} or {@code per-customer/P3D/as-of=2026-03-31T00:00:00Z}
         */
        @Override
        public String label() {
            String duration = window.toSeconds() % 86_400 == 0 && window.getNano() == 0
                    ? "P" + window.toDays() + "D" : window.toString();
            return scope.label() + "/" + duration + (observedUntil == null ? "" : "/as-of=" + observedUntil);
        }
    }

    /**
     * Ticket-based measurement, per case ({@link dev.cxkit.core.Interaction#caseId()}).
     *
     * <p>A case is <em>resolved at first contact</em> when it has exactly one answered contact and
     * that contact has {@code resolved == true}: it was resolved and the customer did not contact us
     * again on that case. A case with two or more answered contacts is not. A case whose only contact
     * has an unknown outcome ({@code resolved == null}) is left out and counted in
     * {@link FcrCounts#unknownOutcome()}. Contacts without a case and abandoned contacts are left out
     * and counted. Order does not matter, so cases may be split across shards.
     */
    enum Ticket implements FcrVariant {
        /** The only instance. */
        INSTANCE;

        /** @return {@code ticket} */
        @Override
        public String label() {
            return "ticket";
        }
    }

    /**
     * Survey-based measurement: {@code yes answers / answers} to
     * {@link dev.cxkit.core.Feedback#resolved()}. Contacts without feedback, or whose survey did not
     * ask or answer it, are left out and counted in {@link FcrCounts#unknownOutcome()}. Abandoned
     * contacts count if they have an answer (the customer's view decides).
     */
    enum Survey implements FcrVariant {
        /** The only instance. */
        INSTANCE;

        /** @return {@code survey} */
        @Override
        public String label() {
            return "survey";
        }
    }
}
