/**
 * Streaming import and export of interactions and case events in the exchange formats of
 * {@code docs/formats.md}: JSON Lines (full fidelity) and flat CSV for interactions, JSON Lines for case
 * events.
 *
 * <p>Readers stream with bounded memory: a physical line longer than
 * {@link dev.cxkit.core.io.ImportOptions#maxLineBytes()} is skipped without being buffered, ids are
 * remembered as 64-bit hashes, and at most {@link dev.cxkit.core.io.ImportOptions#maxRejectsKept()}
 * rejects are kept. Nothing is dropped silently: every record is either passed to the sink or
 * reported as a {@link dev.cxkit.core.io.Reject} naming the source, line, field and reason, and the
 * {@link dev.cxkit.core.io.ImportReport} always satisfies {@code read = accepted + rejected}. Writers
 * produce UTF-8 with {@code '\n'} line ends and are deterministic: the same values give
 * byte-identical output.
 */
@NullMarked
package dev.cxkit.core.io;

import org.jspecify.annotations.NullMarked;
