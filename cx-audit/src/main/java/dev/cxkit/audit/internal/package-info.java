/**
 * The auditor's implementation: the per-contact checker (facts for the DRL rules, policy checks of
 * grants, a pool of Drools sessions through {@code dev.cxkit.rules.internal.drools}) and the
 * windows of a streaming run (repeat contacts, cases and follow-ups, weekly counts per reason,
 * escalation counters, grant history). Not API: no compatibility promise.
 */
@NullMarked
package dev.cxkit.audit.internal;

import org.jspecify.annotations.NullMarked;
