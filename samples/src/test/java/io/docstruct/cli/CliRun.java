package io.docstruct.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * One in-process run of {@code docstruct}: its exit code and everything it wrote.
 *
 * <pre>{@code
 * CliRun run = CliRun.of("info", "receipt.json");
 * assertThat(run.exit()).isZero();
 * }</pre>
 */
record CliRun(int exit, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        DocStructCommand.newCommandLine()
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
