package io.docstruct.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * One in-process run of {@code docstruct}: its exit code and everything it wrote.
 *
 * <pre>{@code
 * CliRun run = CliRun.of("info", "receipt.json");
 * CliRun ocr = CliRun.of(Map.of("CLOVA_OCR_URL", url, "CLOVA_OCR_SECRET", "s"), cl -> {}, "ocr", "a.png", "--type", "general");
 * assertThat(run.exit()).isZero();
 * }</pre>
 */
record CliRun(int exit, String out, String err) {

  static CliRun of(String... args) {
    return run(DocStructCommand.newCommandLine(), args);
  }

  /**
   * A run with the given environment variables (and no others), after {@code setup} has adjusted the
   * command line, e.g. to shorten the {@code ocr} command's retry policy.
   */
  static CliRun of(Map<String, String> environment, Consumer<CommandLine> setup, String... args) {
    CommandLine cl = DocStructCommand.newCommandLine(() -> environment);
    setup.accept(cl);
    return run(cl, args);
  }

  private static CliRun run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = cl.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
