/**
 * Implementation of the readers and writers of {@link dev.cxkit.core.io}: the byte-level line
 * splitter with its per-line cap, the strict UTF-8 decoding, the small JSON tree built with the
 * streaming Jackson parser under tight {@code StreamReadConstraints}, the field conversions with
 * their reject messages, and the compact hash set used for duplicate ids. Not API: no
 * compatibility promise.
 */
@NullMarked
package dev.cxkit.core.io.internal;

import org.jspecify.annotations.NullMarked;
