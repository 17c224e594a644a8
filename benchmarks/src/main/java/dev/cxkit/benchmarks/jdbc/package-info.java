/**
 * JMH benchmarks of cx-jdbc: grants decided and recorded per second on the embedded H2 database and
 * on a real PostgreSQL server. Not published.
 */
@NullMarked
package dev.cxkit.benchmarks.jdbc;

import org.jspecify.annotations.NullMarked;
