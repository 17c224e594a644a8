/**
 * JMH benchmarks of the empowerment policy engine (cx-rules) against a hand-written Java reading of
 * the same authority matrix. Not published.
 */
@NullMarked
package dev.cxkit.benchmarks.rules;

import org.jspecify.annotations.NullMarked;
