/**
 * The profiles behind {@link dev.cxkit.exports.ExportProfile} and what they share: streaming JSON
 * ({@code JsonSource}, any of the layouts vendors deliver) and CSV ({@code CsvSource}) with line
 * numbers, the mapping step with the clock-skew tolerance ({@code InteractionDraft}), status
 * histories ({@code StatusHistory}), the newest-copy rule for records delivered twice
 * ({@code NewestCopies}) and the counting that keeps {@code read = accepted + rejected}
 * ({@code ReadSession}). No compatibility promise.
 */
@NullMarked
package dev.cxkit.exports.internal;

import org.jspecify.annotations.NullMarked;
