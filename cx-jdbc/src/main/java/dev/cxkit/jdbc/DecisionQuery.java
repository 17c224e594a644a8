package dev.cxkit.jdbc;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a compliance reviewer asks the decision log: every decision for a customer, by an agent, made
 * by a rule, or within a time range, a page at a time. Filters that are set must all hold; unset
 * filters ({@code null}) match everything. Immutable; build one with {@link #builder()}.
 *
 * @param customer only decisions for this customer, or {@code null}
 * @param agent only decisions for this agent, or {@code null}
 * @param ruleId only decisions this rule took part in (any position in the fired rules), or {@code null}
 * @param requestId only decisions with this caller request id, or {@code null}
 * @param from only decisions whose request instant is at or after this, or {@code null}
 * @param to only decisions whose request instant is before this (exclusive), or {@code null}
 * @param after only decisions stored after this storage id: {@link Page#next()} of the previous page, 0 to start
 * @param limit the most decisions on one page, 1 to {@value #MAX_LIMIT}
 */
public record DecisionQuery(@Nullable CustomerId customer, @Nullable AgentId agent, @Nullable String ruleId,
        @Nullable String requestId, @Nullable Instant from, @Nullable Instant to, long after, int limit) {

    /** The largest page; the same for every query of cx-jdbc. */
    public static final int MAX_LIMIT = QueryChecks.MAX_LIMIT;

    /** The page size when none is set; the same for every query of cx-jdbc. */
    public static final int DEFAULT_LIMIT = QueryChecks.DEFAULT_LIMIT;

    /** Validates the ids, the range, the cursor and the limit. */
    public DecisionQuery {
        if (ruleId != null) {
            Checks.identifier(ruleId, "ruleId");
        }
        if (requestId != null) {
            Checks.identifier(requestId, "requestId");
        }
        QueryChecks.range(from, to, after, limit);
    }

    /**
     * Starts a builder with no filters, from the first decision, {@value #DEFAULT_LIMIT} per page.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this query, for example to ask for the next page.
     *
     * @return a builder with this query's values
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.customer = customer;
        b.agent = agent;
        b.ruleId = ruleId;
        b.requestId = requestId;
        b.from = from;
        b.to = to;
        b.after = after;
        b.limit = limit;
        return b;
    }

    /** Builds a {@link DecisionQuery}; not thread-safe. */
    public static final class Builder {
        private @Nullable CustomerId customer;
        private @Nullable AgentId agent;
        private @Nullable String ruleId;
        private @Nullable String requestId;
        private @Nullable Instant from;
        private @Nullable Instant to;
        private long after;
        private int limit = DEFAULT_LIMIT;

        private Builder() {
        }

        /**
         * Keeps only decisions for one customer.
         *
         * @param customer the customer, or {@code null} for any
         * @return this builder
         */
        public Builder customer(@Nullable CustomerId customer) {
            this.customer = customer;
            return this;
        }

        /**
         * Keeps only decisions for one agent.
         *
         * @param agent the agent, or {@code null} for any
         * @return this builder
         */
        public Builder agent(@Nullable AgentId agent) {
            this.agent = agent;
            return this;
        }

        /**
         * Keeps only decisions one rule took part in.
         *
         * @param ruleId the rule id, such as {@code refund-t1}, or {@code null} for any
         * @return this builder
         */
        public Builder ruleId(@Nullable String ruleId) {
            this.ruleId = ruleId;
            return this;
        }

        /**
         * Keeps only decisions with one caller request id.
         *
         * @param requestId the request id, or {@code null} for any
         * @return this builder
         */
        public Builder requestId(@Nullable String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * Keeps only decisions whose request instant is in {@code [from, to)}.
         *
         * @param from inclusive start, or {@code null} for no start
         * @param to exclusive end, or {@code null} for no end
         * @return this builder
         */
        public Builder between(@Nullable Instant from, @Nullable Instant to) {
            this.from = from;
            this.to = to;
            return this;
        }

        /**
         * Starts after a storage id, to read the next page.
         *
         * @param after {@link Page#next()} of the previous page, or 0 for the first page
         * @return this builder
         */
        public Builder after(long after) {
            this.after = after;
            return this;
        }

        /**
         * Sets the page size.
         *
         * @param limit 1 to {@value DecisionQuery#MAX_LIMIT}; default {@value DecisionQuery#DEFAULT_LIMIT}
         * @return this builder
         */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query
         * @throws IllegalArgumentException if {@code from} is after {@code to}, {@code after} is negative or
         *     the limit is outside 1 to {@value DecisionQuery#MAX_LIMIT}
         */
        public DecisionQuery build() {
            return new DecisionQuery(customer, agent, ruleId, requestId, from, to, after, limit);
        }
    }
}
