package dev.superlevel.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process with captured streams. */
record CliRunner(int status, String out, String err) {

    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = SuperlevelCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRunner(status, out.toString(), err.toString());
    }

    /** The lines of stdout. */
    String[] outLines() {
        return out.split("\\R");
    }

    /** True when the run failed as bad input: status 2, nothing on stdout, exactly one stderr line. */
    boolean isBadInputWithOneLine() {
        return status == SuperlevelCli.BAD_INPUT && out.isEmpty() && err.strip().lines().count() == 1
                && err.endsWith(System.lineSeparator());
    }
}
