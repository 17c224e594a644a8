/**
 * Extension points of the policy engine: where cumulative grants come from
 * ({@link dev.cxkit.rules.spi.GrantLedger}), where decisions are written
 * ({@link dev.cxkit.rules.spi.DecisionLog}), and what DRL rules may say about a request
 * ({@link dev.cxkit.rules.spi.Ruling}).
 *
 * <p>Implementations are called concurrently from every thread that decides, so they must be
 * thread-safe. The defaults ({@link dev.cxkit.rules.spi.InMemoryGrantLedger},
 * {@link dev.cxkit.rules.spi.DecisionLog#slf4j()}) are.
 */
@NullMarked
package dev.cxkit.rules.spi;

import org.jspecify.annotations.NullMarked;
