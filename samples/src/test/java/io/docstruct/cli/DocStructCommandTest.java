package io.docstruct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocStructCommandTest {

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Usage: docstruct", "info", "demo", "--debug", "--version")
        .contains("Exit codes:", "2   usage error or unusable input");
  }

  @ParameterizedTest
  @ValueSource(strings = {"info", "demo"})
  void everyCommandHasHelp(String command) {
    CliRun run = CliRun.of(command, "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Usage: docstruct " + command, "--help", "--debug");
  }

  @Test
  void helpCommandShowsACommandsHelp() {
    CliRun run = CliRun.of("help", "info");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Usage: docstruct info", "--format");
  }

  @Test
  void versionComesFromTheBuild() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exit()).isZero();
    assertThat(run.out().lines().findFirst())
        .hasValueSatisfying(
            line -> assertThat(line).matches("docstruct \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
    assertThat(run.out()).contains("Java " + System.getProperty("java.version"));
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.of();

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "docstruct: missing command, one of: info, map, demo, help (see 'docstruct --help')");
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun run = CliRun.of("frobnicate");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "docstruct: unknown command 'frobnicate', expected one of: info, map, demo, help"
                + " (see 'docstruct --help')");
  }

  @Test
  void unknownTopLevelOptionIsAUsageError() {
    CliRun run = CliRun.of("--verbose", "demo");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("docstruct: Unknown option: '--verbose'");
  }
}
