/**
 * The {@code cx} command line: a real consumer of cxkit's public API, built with picocli. Every
 * command prints results on standard output (one JSON document with {@code --json}) and messages
 * and progress on standard error; exit codes are 0 success, 1 findings or denial, 2 bad usage or
 * bad input, 3 an internal error.
 */
@NullMarked
package dev.cxkit.cli;

import org.jspecify.annotations.NullMarked;
