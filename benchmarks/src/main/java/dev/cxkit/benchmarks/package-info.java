/**
 * JMH benchmarks for cxkit, never published. {@link dev.cxkit.benchmarks.KpiScorecardBenchmark} feeds
 * about a million generated interactions through a ten-KPI scorecard three ways: cxkit's
 * {@link dev.cxkit.kpi.KpiSet}, a hand-fused single loop ({@link dev.cxkit.benchmarks.HandFusedScorecard})
 * and the streams-and-groupingBy code a typical application would write
 * ({@link dev.cxkit.benchmarks.NaiveScorecard}). All three return {@link dev.cxkit.benchmarks.Figures},
 * which are compared before any measurement so that a fast but wrong variant cannot win. Figures
 * and how to run them are in {@code benchmarks/README.md}.
 */
@NullMarked
package dev.cxkit.benchmarks;

import org.jspecify.annotations.NullMarked;
