/**
 * The JSON shapes that several front ends of the examples print, so that {@code cx decide --json} and
 * the HTTP service's {@code POST /decisions} answer with the same document, and {@code cx audit --json}
 * and {@code POST /audit} with the same findings (FORMATS.md §4). Each class writes into an open
 * Jackson {@link com.fasterxml.jackson.core.JsonGenerator}, so a caller can embed the fields in a
 * larger document. Stateless and thread-safe.
 */
@NullMarked
package dev.cxkit.json;

import org.jspecify.annotations.NullMarked;
