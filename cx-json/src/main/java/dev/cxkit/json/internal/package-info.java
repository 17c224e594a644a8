/**
 * The Jackson-based writers behind {@link dev.cxkit.json}. cxkit's own front ends (cx-server, cx-cli,
 * cx-flink, cx-jdbc) use them to embed the shapes in larger documents; this is a deliberate path,
 * listed in the architecture rules. Nothing here is API for users.
 */
@NullMarked
package dev.cxkit.json.internal;

import org.jspecify.annotations.NullMarked;
