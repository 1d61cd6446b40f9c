package io.docstruct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzz target for the commands that read a response file ({@code info}, {@code text}, {@code tables},
 * {@code verify}), run in-process on a temporary file holding the fuzzed bytes. Each must end in exit code 0,
 * 1 (verify found a FAIL) or 2 with exactly one line on stderr; an "internal error" line (an exception that
 * is not one of ours) is a finding. Seeds: {@code CliFuzzTestInputs/readCommands/}.
 */
class CliFuzzTest {
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("info"),
          List.of("info", "--format", "json"),
          List.of("text"),
          List.of("text", "--format", "markdown"),
          List.of("tables"),
          List.of("tables", "--format", "json"),
          List.of("tables", "--format", "markdown"),
          List.of("verify"),
          List.of("verify", "--repair-mrz"));

  private static Path dir;
  private static Path file;

  @BeforeAll
  static void createFile() throws IOException {
    dir = Files.createTempDirectory("docstruct-cli-fuzz");
    file = dir.resolve("response.json");
  }

  @AfterAll
  static void deleteFile() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  @FuzzTest
  void readCommands(byte[] data) {
    try {
      Files.write(file, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Two commands per input keep executions fast; which two depends on the input.
    int first = Math.floorMod(data.length, COMMANDS.size());
    for (int i : new int[] {first, (first + 4) % COMMANDS.size()}) {
      List<String> args = new java.util.ArrayList<>(COMMANDS.get(i));
      args.add(1, file.toString());
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.exit()).as("%s: %s", args, run.err()).isIn(0, 1, 2);
      assertThat(run.err()).as("%s", args).doesNotContain("internal error");
      if (run.exit() == 2) {
        assertThat(run.errLines()).as("%s", args).hasSize(1);
      }
    }
  }
}
