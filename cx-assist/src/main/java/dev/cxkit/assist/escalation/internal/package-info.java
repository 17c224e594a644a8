/**
 * Implementation of escalation routing: the default policy and the built-in criteria. No
 * compatibility promise; use the types of {@code dev.cxkit.assist.escalation} instead.
 */
@NullMarked
package dev.cxkit.assist.escalation.internal;

import org.jspecify.annotations.NullMarked;
