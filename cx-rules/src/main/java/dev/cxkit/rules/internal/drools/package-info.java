/**
 * The only place that touches Drools: compiling DRL (generated from authority matrices or written by
 * users) into a rule base, mapping Drools' messages to {@link dev.cxkit.rules.PolicyProblem}s, and
 * firing rules for one decision on a pooled session. Not API: no compatibility promise.
 */
@NullMarked
package dev.cxkit.rules.internal.drools;

import org.jspecify.annotations.NullMarked;
