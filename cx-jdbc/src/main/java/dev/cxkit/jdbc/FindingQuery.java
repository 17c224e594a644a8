package dev.cxkit.jdbc;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.TeamId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A question to the {@link JdbcFindingStore}: findings of one mistake code, one agent, one team,
 * within a time range of {@link dev.cxkit.audit.AuditFinding#occurredAt()}, a page at a time.
 * Filters that are set must all hold; unset filters ({@code null}) match everything. Immutable; build
 * one with {@link #builder()}.
 *
 * @param code only findings of this mistake, or {@code null}
 * @param agent only findings naming this agent, or {@code null}
 * @param team only findings naming this team, or {@code null}
 * @param from only findings that occurred at or after this, or {@code null}
 * @param to only findings that occurred before this (exclusive), or {@code null}
 * @param after only findings stored after this storage id: {@link Page#next()} of the previous page, 0 to start
 * @param limit the most findings on one page, 1 to {@value #MAX_LIMIT}
 */
public record FindingQuery(@Nullable MistakeCode code, @Nullable AgentId agent, @Nullable TeamId team,
        @Nullable Instant from, @Nullable Instant to, long after, int limit) {

    /** The largest page; the same for every query of cx-jdbc. */
    public static final int MAX_LIMIT = QueryChecks.MAX_LIMIT;

    /** The page size when none is set; the same for every query of cx-jdbc. */
    public static final int DEFAULT_LIMIT = QueryChecks.DEFAULT_LIMIT;

    /** Validates the range, the cursor and the limit. */
    public FindingQuery {
        QueryChecks.range(from, to, after, limit);
    }

    /**
     * Starts a builder with no filters, from the first finding, {@value #DEFAULT_LIMIT} per page.
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
        b.code = code;
        b.agent = agent;
        b.team = team;
        b.from = from;
        b.to = to;
        b.after = after;
        b.limit = limit;
        return b;
    }

    /** Builds a {@link FindingQuery}; not thread-safe. */
    public static final class Builder {
        private @Nullable MistakeCode code;
        private @Nullable AgentId agent;
        private @Nullable TeamId team;
        private @Nullable Instant from;
        private @Nullable Instant to;
        private long after;
        private int limit = DEFAULT_LIMIT;

        private Builder() {
        }

        /**
         * Keeps only findings of one mistake.
         *
         * @param code the mistake code, or {@code null} for any
         * @return this builder
         */
        public Builder code(@Nullable MistakeCode code) {
            this.code = code;
            return this;
        }

        /**
         * Keeps only findings naming one agent.
         *
         * @param agent the agent, or {@code null} for any
         * @return this builder
         */
        public Builder agent(@Nullable AgentId agent) {
            this.agent = agent;
            return this;
        }

        /**
         * Keeps only findings naming one team.
         *
         * @param team the team, or {@code null} for any
         * @return this builder
         */
        public Builder team(@Nullable TeamId team) {
            this.team = team;
            return this;
        }

        /**
         * Keeps only findings that occurred in {@code [from, to)}.
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
         * @param limit 1 to {@value FindingQuery#MAX_LIMIT}; default {@value FindingQuery#DEFAULT_LIMIT}
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
         *     the limit is outside 1 to {@value FindingQuery#MAX_LIMIT}
         */
        public FindingQuery build() {
            return new FindingQuery(code, agent, team, from, to, after, limit);
        }
    }
}
