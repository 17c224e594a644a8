/**
 * Reads the exports that helpdesks and contact centres actually produce into cxkit's records:
 * {@link dev.cxkit.exports.ExportProfile} names the shape (Zendesk tickets with their metrics and
 * audits, Freshdesk's ticket CSV, Salesforce cases with their history, Amazon Connect contact
 * records, or any CSV through a user's {@link dev.cxkit.exports.MappingFile}), and
 * {@link dev.cxkit.exports.ExportReader} streams the {@code Interaction}s and {@code CaseEvent}s it
 * maps them to, returning cx-core's {@link dev.cxkit.core.io.ImportReport}.
 *
 * <p>Nothing is dropped silently: every record of every file is accepted or rejected with its file,
 * line, field and reason, and {@code read = accepted + rejected}. A fact an export does not carry
 * (a ticket's handle time, a queue log's satisfaction) is left unset, never written as zero: it is
 * marked not recorded on the interaction and counted in the report, and
 * {@link dev.cxkit.exports.ExportProfile#notRecorded()} lists what a profile never carries. Field names and
 * meanings follow each vendor's published documentation, named in the profile's Javadoc and in
 * docs/exports.md.
 */
@NullMarked
package dev.cxkit.exports;

import org.jspecify.annotations.NullMarked;
