package io.docstruct.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code docstruct} command: reads OCR responses and reports on them, calls the OCR APIs and runs a
 * local CLOVA and NHN Cloud-compatible server. Each verb is its own class ({@link InfoCommand}, {@link OcrCommand}, {@link
 * ServeCommand}, {@link DemoCommand}); this one holds the options every verb shares, the environment the verbs
 * read their settings from, and the error handling.
 *
 * <pre>{@code
 * // in-process, e.g. in a test:
 * StringWriter out = new StringWriter();
 * int exit = DocStructCommand.newCommandLine()
 *     .setOut(new PrintWriter(out))
 *     .execute("info", "receipt.json", "--format", "json");
 * }</pre>
 *
 * <p>Picocli was chosen for its annotation model (one small class per verb, generated {@code --help}), its
 * pluggable exception handlers (so every failure becomes one line and an exit code of the contract) and
 * because it is a single dependency-free jar that shades cleanly into {@code docstruct.jar}.
 */
@Command(
    name = "docstruct",
    mixinStandardHelpOptions = true,
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    versionProvider = VersionProvider.class,
    header = "Reads CLOVA OCR and NHN Cloud OCR JSON responses into one document model.",
    description =
        "Give it response files saved from the API; each file's kind (CLOVA General, Template or"
            + " Document OCR, or NHN Cloud) is detected from the JSON itself.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      InfoCommand.class,
      TextCommand.class,
      TablesCommand.class,
      VerifyCommand.class,
      MapCommand.class,
      ExportCommand.class,
      BatchCommand.class,
      OcrCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:verify found a FAIL; batch: some documents failed",
      "2:usage error or unusable input (one line on stderr)",
      "3:remote API or network error"
    })
public final class DocStructCommand {
  /** The option that prints stack traces with errors; accepted before or after the command name. */
  static final String DEBUG_OPTION = "--debug";

  @Option(
      names = DEBUG_OPTION,
      scope = ScopeType.INHERIT,
      description = "On errors, print the stack trace as well as the message.")
  boolean debug;

  /** The environment variables the verbs read ({@code CLOVA_OCR_URL}, …); replaced in tests. */
  private final Supplier<Map<String, String>> environment;

  private DocStructCommand(Supplier<Map<String, String>> environment) {
    this.environment = environment;
  }

  /** The environment variables, as of now. */
  Map<String, String> environment() {
    return Objects.requireNonNull(environment.get(), "environment");
  }

  /**
   * A command line ready to run, with {@code docstruct}'s error handling (one line per error, exit codes of
   * the contract) installed. Redirect its output with {@code setOut}/{@code setErr} before {@code execute}.
   */
  public static CommandLine newCommandLine() {
    return newCommandLine(System::getenv);
  }

  /** {@link #newCommandLine()} reading its environment variables from {@code environment}; for tests. */
  static CommandLine newCommandLine(Supplier<Map<String, String>> environment) {
    return new CommandLine(new DocStructCommand(environment))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(ErrorHandler.INSTANCE)
        .setExecutionExceptionHandler(ErrorHandler.INSTANCE);
  }

  /** Runs {@code docstruct} and exits with its exit code. */
  public static void main(String[] args) {
    int exit =
        newCommandLine()
            .setOut(writer(System.out, "stdout.encoding"))
            .setErr(writer(System.err, "stderr.encoding"))
            .execute(args);
    System.exit(exit);
  }

  /**
   * A writer in the terminal's encoding where Java knows it ({@code stdout.encoding} on Java 19+, {@code
   * sun.stdout.encoding} on a Windows console), else UTF-8 so that Korean text survives pipes and files.
   */
  private static PrintWriter writer(PrintStream stream, String property) {
    Charset charset = StandardCharsets.UTF_8;
    String name = System.getProperty(property, System.getProperty("sun." + property));
    if (name != null) {
      try {
        charset = Charset.forName(name);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        charset = StandardCharsets.UTF_8;
      }
    }
    return new PrintWriter(new OutputStreamWriter(stream, charset), true);
  }
}
