/**
 * The cxkit testkit, for projects that embed cxkit and want to test their own policies, KPIs and
 * data with it. Add {@code dev.cxkit:cx-test} with test scope.
 *
 * <ul>
 *   <li>{@link dev.cxkit.test.PolicyVerifier} checks an empowerment policy one request at a time:
 *       {@code verifier.given(request).decides(NeedsApproval.class).withApprover("TEAM_LEAD").firing("refund-t1")};
 *       its failure messages show the whole decision and the request.</li>
 *   <li>{@link dev.cxkit.test.CxAssertions} holds AssertJ entry points for decisions, KPI values and
 *       money, to import statically next to AssertJ's own.</li>
 *   <li>{@link dev.cxkit.test.TestInteractions} and {@link dev.cxkit.test.TestRequests} build valid
 *       interactions and policy requests in one line, at deterministic instants from a fixed epoch.</li>
 *   <li>{@link dev.cxkit.test.MutableInstantSource} is a clock that tests move by hand.</li>
 * </ul>
 *
 * <p>The testkit is product: it follows the same compatibility rules as the rest of the API.
 */
@NullMarked
package dev.cxkit.test;

import org.jspecify.annotations.NullMarked;
