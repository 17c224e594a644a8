/**
 * The HTTP service measured end to end: {@link dev.cxkit.benchmarks.server.ServiceLatency} times
 * decisions through {@code cx-server} on kept-alive connections, on the embedded H2 database and on a
 * real PostgreSQL server. Not published.
 */
@NullMarked
package dev.cxkit.benchmarks.server;

import org.jspecify.annotations.NullMarked;
