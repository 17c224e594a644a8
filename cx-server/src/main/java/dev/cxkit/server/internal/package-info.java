/**
 * How the helpdesk service works inside: request routing and error mapping, bounded request bodies,
 * the decision-request JSON reader, deciding through the database's ledger or the in-memory engine,
 * the decision-log query, the policy reload rules and the running KPI totals. No compatibility
 * promise; use {@link dev.cxkit.server.HelpdeskServer} instead.
 */
@NullMarked
package dev.cxkit.server.internal;

import org.jspecify.annotations.NullMarked;
