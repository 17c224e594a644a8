/**
 * Throughput of the cx-flink jobs (scorecard and mistake audit) on a local MiniCluster, next to one
 * thread of the same library calls in process, on generated contacts. Main classes that print figures;
 * the figures and how to run them are in {@code benchmarks/README.md}.
 */
@NullMarked
package dev.cxkit.benchmarks.flink;

import org.jspecify.annotations.NullMarked;
