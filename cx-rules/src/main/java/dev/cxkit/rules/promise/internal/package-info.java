/**
 * Implementation of the promise guard. No compatibility promise; use the types of
 * {@code dev.cxkit.rules.promise} instead.
 */
@NullMarked
package dev.cxkit.rules.promise.internal;

import org.jspecify.annotations.NullMarked;
