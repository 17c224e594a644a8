package dev.cxkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code cx} in-process and captures its output, exit code and error stream. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CxCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
