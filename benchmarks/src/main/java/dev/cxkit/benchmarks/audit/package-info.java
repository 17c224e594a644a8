/**
 * Throughput of the mistake audit (cx-audit) in one thread: per-contact checks and whole runs on
 * generated contacts held in memory. A main class that prints figures; how to run it is in
 * {@code benchmarks/README.md}.
 */
@NullMarked
package dev.cxkit.benchmarks.audit;

import org.jspecify.annotations.NullMarked;
