/**
 * Implementation of the promise guard. No compatibility promise; use the types of
 * {@code dev.cxkit.assist.promise} instead.
 */
@NullMarked
package dev.cxkit.assist.promise.internal;

import org.jspecify.annotations.NullMarked;
