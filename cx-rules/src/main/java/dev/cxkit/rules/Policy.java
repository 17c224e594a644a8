package dev.cxkit.rules;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.rules.internal.CompiledPolicy;
import dev.cxkit.rules.internal.PolicyCompiler;
import dev.cxkit.rules.spi.GrantLedger;
import dev.cxkit.rules.spi.InMemoryGrantLedger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A compiled, immutable empowerment policy with a version. Built from one or more
 * {@link PolicySource}s that combine into one rule set; compiling either succeeds completely or
 * throws a {@link PolicyCompilationException} listing every problem. Thread-safe: any number of
 * threads may {@link #decide} at once.
 *
 * <h2>Semantics</h2>
 * For a request and an authority-matrix row that matches its action, tier, segment and currency:
 * <ul>
 *   <li>amount ≤ {@code allow_up_to} and, for each period cap of the row, already granted + amount ≤
 *       cap → {@link Allowed}, with the headroom left under each cap;</li>
 *   <li>otherwise amount ≤ {@code approval_up_to} → {@link NeedsApproval} by the row's
 *       {@code approver_role} (a row without a role denies instead);</li>
 *   <li>otherwise {@link Denied}.</li>
 * </ul>
 * The most specific rule wins: a row for the customer's exact segment beats the {@code *} row, and a
 * DRL verdict may claim a higher specificity (see {@link dev.cxkit.rules.spi.Ruling}). At equal
 * specificity the most restrictive outcome wins: deny beats approval beats allow. When no rule
 * matches the answer is a default deny whose reason says so; when the matrix covers the action only
 * in other currencies the reason names the currency. Period caps count what was granted after
 * {@code at − period} up to {@code at} (UTC for month periods): the request's own figures when it
 * gives them, else the {@link GrantLedger}'s. Percent actions have no period caps.
 */
public final class Policy {

    /** The default limit of rule firings for one decision. */
    public static final int DEFAULT_MAX_RULE_FIRINGS = 1_000;

    /**
     * The default limit of authority-matrix rows, summed over the policy's matrices: 2,000. A real
     * matrix has one row per action, tier, segment and currency, a few hundred at most; compiling
     * takes about a millisecond and 100 KB of memory per row.
     */
    public static final int DEFAULT_MAX_MATRIX_ROWS = 2_000;

    /**
     * The default limit of one decision's evaluation time, in milliseconds: 2,000. A matrix decision
     * takes microseconds once warm; the first decisions after a compile run cold and take longer, and
     * a loaded machine may pause a thread for a while, so the default leaves ample room.
     */
    public static final long DEFAULT_MAX_EVALUATION_MILLIS = 2_000;

    private static final GrantLedger NOTHING_GRANTED = InMemoryGrantLedger.create();

    private final String version;
    private final List<PolicySource> sources;
    private final int maxRuleFirings;
    private final int maxMatrixRows;
    private final Duration maxEvaluationTime;
    private final CompiledPolicy compiled;

    private Policy(String version, List<PolicySource> sources, Builder settings, CompiledPolicy compiled) {
        this.version = version;
        this.sources = sources;
        this.maxRuleFirings = settings.maxRuleFirings;
        this.maxMatrixRows = settings.maxMatrixRows;
        this.maxEvaluationTime = settings.maxEvaluationTime;
        this.compiled = compiled;
    }

    /**
     * Compiles sources with the default settings and a version derived from their content.
     *
     * @param sources the sources, at least one
     * @return the policy
     * @throws PolicyCompilationException if any source has a problem
     */
    public static Policy compile(List<PolicySource> sources) {
        return builder().sources(sources).build();
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder with this policy's settings and sources, to compile a variant.
     *
     * @return a builder; its version is unset unless set again, so a changed source gets a new version
     */
    public Builder toBuilder() {
        return new Builder().sources(sources).maxRuleFirings(maxRuleFirings).maxMatrixRows(maxMatrixRows)
                .maxEvaluationTime(maxEvaluationTime);
    }

    /**
     * The version, as given to the builder or {@code sha256:} and the first 12 hex digits of a hash
     * of the sources' kinds, names and contents.
     *
     * @return the version
     */
    public String version() {
        return version;
    }

    /**
     * The sources this policy was compiled from.
     *
     * @return the sources, in order
     */
    public List<PolicySource> sources() {
        return sources;
    }

    /**
     * The most rule firings one decision may take before it is stopped.
     *
     * @return the limit
     */
    public int maxRuleFirings() {
        return maxRuleFirings;
    }

    /**
     * The most authority-matrix rows this policy was allowed to have, summed over its matrices.
     *
     * @return the limit
     */
    public int maxMatrixRows() {
        return maxMatrixRows;
    }

    /**
     * The longest one decision's rules may keep firing before the decision is stopped.
     *
     * @return the limit
     */
    public Duration maxEvaluationTime() {
        return maxEvaluationTime;
    }

    /**
     * Decides a request from the request's own figures; missing granted amounts count as zero. The
     * request is judged as of its own {@code at}: this is for what-ifs, tests and audits of past
     * grants. Live decisions go through a {@link PolicyEngine}, whose clock decides when "now" is.
     *
     * @param request the request
     * @return the decision
     * @throws PolicyEvaluationException if the rules run away or fail (a defect of the policy)
     */
    public Decision decide(DecisionRequest request) {
        return decide(request, NOTHING_GRANTED);
    }

    /**
     * Decides a request as of its own {@code at}, asking a ledger for the granted amounts the request
     * does not state. Records nothing.
     *
     * @param request the request
     * @param ledger consulted only when a period cap applies and the request has no figure for it
     * @return the decision
     * @throws PolicyEvaluationException if the rules run away or fail (a defect of the policy)
     */
    public Decision decide(DecisionRequest request, GrantLedger ledger) {
        Checks.notNull(request, "request");
        Checks.notNull(ledger, "ledger");
        return compiled.decide(request, ledger, version, maxRuleFirings, maxEvaluationTime.toNanos());
    }

    /** Returns {@code "Policy[sha256:…, 3 sources]"}. */
    @Override
    public String toString() {
        return "Policy[" + version + ", " + sources.size() + (sources.size() == 1 ? " source]" : " sources]");
    }

    /** Builds a {@link Policy}; not thread-safe. */
    public static final class Builder {
        private final List<PolicySource> sources = new ArrayList<>();
        private @Nullable String version;
        private int maxRuleFirings = DEFAULT_MAX_RULE_FIRINGS;
        private int maxMatrixRows = DEFAULT_MAX_MATRIX_ROWS;
        private Duration maxEvaluationTime = Duration.ofMillis(DEFAULT_MAX_EVALUATION_MILLIS);

        private Builder() {
        }

        /**
         * Sets the version; by default it is derived from the sources' content.
         *
         * @param version for example {@code "2026-11-v3"}: non-blank, no control characters
         * @return this builder
         */
        public Builder version(String version) {
            this.version = Checks.identifier(version, "version");
            return this;
        }

        /**
         * Adds a source.
         *
         * @param source the source
         * @return this builder
         */
        public Builder source(PolicySource source) {
            sources.add(Checks.notNull(source, "source"));
            return this;
        }

        /**
         * Adds sources, in order.
         *
         * @param sources the sources
         * @return this builder
         */
        public Builder sources(List<PolicySource> sources) {
            Checks.notNull(sources, "sources").forEach(this::source);
            return this;
        }

        /**
         * Sets the most rule firings one decision may take; more means the rules loop, and the
         * decision fails with a {@link PolicyEvaluationException}.
         *
         * @param maxRuleFirings at least 1; default {@value #DEFAULT_MAX_RULE_FIRINGS}
         * @return this builder
         */
        public Builder maxRuleFirings(int maxRuleFirings) {
            this.maxRuleFirings = Checks.inRange(maxRuleFirings, 1, 1_000_000, "maxRuleFirings", "the policy");
            return this;
        }

        /**
         * Sets the most authority-matrix rows the policy may have, summed over its matrices; more is a
         * {@link PolicyTooLargeException} before anything is compiled. A service that compiles what a
         * client posts keeps this low: compiling costs about a millisecond and 100 KB per row.
         *
         * @param maxMatrixRows 1 to 1,000,000; default {@value #DEFAULT_MAX_MATRIX_ROWS}
         * @return this builder
         */
        public Builder maxMatrixRows(int maxMatrixRows) {
            this.maxMatrixRows = Checks.inRange(maxMatrixRows, 1, 1_000_000, "maxMatrixRows", "the policy");
            return this;
        }

        /**
         * Sets how long one decision's rules may keep firing. The time is checked before each rule
         * fires; once it is over, no further rule fires and the decision fails with a
         * {@link PolicyEvaluationException}. This stops rules that fire too often or too slowly; it
         * cannot stop a single DRL consequence or condition that never returns (DRL is code, see
         * {@link PolicySource.Kind#DRL}). A matrix decision takes microseconds.
         *
         * @param maxEvaluationTime 1 ms to 1 minute; default {@value #DEFAULT_MAX_EVALUATION_MILLIS} ms
         * @return this builder
         * @throws IllegalArgumentException if outside that range
         */
        public Builder maxEvaluationTime(Duration maxEvaluationTime) {
            Checks.notNull(maxEvaluationTime, "maxEvaluationTime");
            if (maxEvaluationTime.compareTo(Duration.ofMillis(1)) < 0
                    || maxEvaluationTime.compareTo(Duration.ofMinutes(1)) > 0) {
                throw new IllegalArgumentException("The maxEvaluationTime (" + maxEvaluationTime
                        + ") of the policy must be between PT0.001S and PT1M.");
            }
            this.maxEvaluationTime = maxEvaluationTime;
            return this;
        }

        /**
         * Compiles the policy. Takes about a second or two (Drools); do it once, not per request.
         *
         * @return the policy
         * @throws PolicyTooLargeException if the matrices have more rows than
         *     {@link #maxMatrixRows(int)}; nothing was compiled
         * @throws PolicyCompilationException naming the source, line and column of every problem
         */
        public Policy build() {
            List<PolicySource> copy = List.copyOf(sources);
            CompiledPolicy compiled = PolicyCompiler.compile(copy,
                    Math.max(2, Runtime.getRuntime().availableProcessors() * 2), maxMatrixRows);
            return new Policy(version != null ? version : hash(copy), copy, this, compiled);
        }

        private static String hash(List<PolicySource> sources) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (PolicySource s : sources) {
                    for (String part : new String[] {s.kind().name(), s.name(), s.content()}) {
                        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) ':');
                        digest.update(bytes);
                    }
                }
                return "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM.", e);
            }
        }
    }
}
