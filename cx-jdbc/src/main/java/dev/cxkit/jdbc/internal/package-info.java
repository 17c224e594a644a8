/**
 * Implementation details of cx-jdbc: transactions over the pool, the SQL that reads and writes
 * decision rows, the per-customer and per-agent grant locks, JSON text for maps and lists, and the
 * Flyway migration runner. No compatibility promise.
 */
@NullMarked
package dev.cxkit.jdbc.internal;

import org.jspecify.annotations.NullMarked;
