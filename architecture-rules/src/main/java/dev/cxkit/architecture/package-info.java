/**
 * The API-boundary rules that every cxkit module's tests check, so that the split between
 * {@code dev.cxkit.<module>} (API), {@code .spi} and {@code .internal} is enforced by the build and not
 * by convention. See {@link dev.cxkit.architecture.ApiBoundary}. Also {@link dev.cxkit.architecture.JavaSnippets},
 * which compiles the Java examples of the Markdown documentation so that they cannot rot. Build
 * support; never published.
 */
@NullMarked
package dev.cxkit.architecture;

import org.jspecify.annotations.NullMarked;
