/**
 * Durable storage for cxkit on plain JDBC: a {@link dev.cxkit.rules.spi.GrantLedger} that can decide
 * and record a grant atomically ({@link dev.cxkit.jdbc.JdbcGrantLedger}), a
 * {@link dev.cxkit.rules.spi.DecisionLog} that a compliance reviewer can query
 * ({@link dev.cxkit.jdbc.JdbcDecisionLog}), and a store for audit findings
 * ({@link dev.cxkit.jdbc.JdbcFindingStore}). {@link dev.cxkit.jdbc.CxDatabase} opens them over a
 * HikariCP pool, embedded H2 in file mode by default or any PostgreSQL by JDBC URL, and brings the
 * schema up to date with the Flyway migrations in this jar.
 *
 * <p>Every store is thread-safe. Failures of the database are reported as
 * {@link dev.cxkit.jdbc.CxStorageException}; misuse as {@link IllegalArgumentException}. Only ids
 * are stored, never personal data.
 */
@NullMarked
package dev.cxkit.jdbc;

import org.jspecify.annotations.NullMarked;
