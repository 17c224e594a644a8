/**
 * Implementation details of cx-core shared with the other cxkit modules. Nothing here carries a
 * compatibility promise; do not use it from application code.
 */
@NullMarked
package dev.cxkit.core.internal;

import org.jspecify.annotations.NullMarked;
