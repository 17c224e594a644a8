/**
 * The empowerment policy engine: may this agent, of this tier, give this customer this much, now?
 *
 * <p>A {@link dev.cxkit.rules.Policy} is compiled once from one or more
 * {@link dev.cxkit.rules.PolicySource}s (an authority-matrix CSV, DRL for what the matrix cannot
 * say) and is immutable afterwards. A {@link dev.cxkit.rules.PolicyEngine} holds the current policy,
 * answers {@link dev.cxkit.rules.DecisionRequest}s with a sealed {@link dev.cxkit.rules.Decision}
 * ({@link dev.cxkit.rules.Allowed}, {@link dev.cxkit.rules.NeedsApproval} or
 * {@link dev.cxkit.rules.Denied}) that names the deciding rules and the policy version, and swaps in
 * a new policy atomically on {@link dev.cxkit.rules.PolicyEngine#reload(java.util.List)}. The rule
 * engine behind it (Drools) is an implementation detail: no type of it appears in this package.
 */
@NullMarked
package dev.cxkit.rules;

import org.jspecify.annotations.NullMarked;
