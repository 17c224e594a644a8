/**
 * A small HTTP service that a helpdesk calls for empowerment decisions, mistake audits and the KPI
 * scorecard, built on the JDK's {@code com.sun.net.httpserver} (no server dependency). Start one with
 * {@link dev.cxkit.server.HelpdeskServer#builder()}, or from the command
 * line with {@code cx serve}. Its endpoints, JSON shapes and error statuses are described on
 * {@link dev.cxkit.server.HelpdeskServer}; {@link dev.cxkit.server.ContactAudit} is the
 * seam where the audit plugs in. Everything here is thread-safe once built.
 */
@NullMarked
package dev.cxkit.server;

import org.jspecify.annotations.NullMarked;
