/**
 * Implementation of the policy engine: the authority-matrix reader and its checks, the resolution of
 * rule verdicts into a {@link dev.cxkit.rules.Decision}, the default engine and decision log. Not API:
 * no compatibility promise. Drools itself is confined to {@code dev.cxkit.rules.internal.drools}.
 */
@NullMarked
package dev.cxkit.rules.internal;

import org.jspecify.annotations.NullMarked;
