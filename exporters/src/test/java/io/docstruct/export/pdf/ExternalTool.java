package io.docstruct.export.pdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;

/**
 * An outside program a test reads its output back with ({@code pdftotext}, {@code pdftoppm}). When it is not
 * on the {@code PATH} the test is skipped with a message, unless {@code DOCSTRUCT_REQUIRE_TOOLS=1} (CI), where
 * it fails: CI must prove every cross-check ran.
 *
 * <pre>{@code
 * ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
 * String text = pdftotext.run("-raw", pdf.toString(), "-");
 * }</pre>
 */
public record ExternalTool(Path executable) {

  /** Finds {@code command} on the {@code PATH}, or skips (or fails, on CI) naming {@code pkg}. */
  public static ExternalTool require(String command, String pkg) {
    return require(command, pkg, tool -> true);
  }

  /**
   * Finds the first {@code command} on the {@code PATH} that is {@code usable} (e.g. a {@code python3} that
   * can import a module), or skips (or fails, on CI) naming {@code pkg}.
   */
  public static ExternalTool require(String command, String pkg, Predicate<ExternalTool> usable) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, command);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)
          && usable.test(new ExternalTool(candidate))) {
        return new ExternalTool(candidate);
      }
    }
    String message = command + " not found on PATH (install " + pkg + ")";
    if ("1".equals(System.getenv("DOCSTRUCT_REQUIRE_TOOLS"))) {
      fail(message + "; DOCSTRUCT_REQUIRE_TOOLS=1 requires it");
    }
    Assumptions.abort(message + ": test skipped");
    throw new AssertionError("unreachable");
  }

  /** Whether the tool exits 0 with {@code args} (a probe; output discarded). */
  public boolean succeeds(String... args) {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(List.of(args));
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(1, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return false;
      }
      return process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Runs the tool and returns its standard output as UTF-8; fails the test on a non-zero exit. */
  public String run(String... args) {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
      CompletableFuture<byte[]> err =
          CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail(command + " did not finish");
      }
      if (process.exitValue() != 0) {
        fail(command + " exited " + process.exitValue() + ": "
            + new String(err.join(), StandardCharsets.UTF_8));
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
