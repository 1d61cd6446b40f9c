package io.docstruct.tesseract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the {@code tesseract} command for one page at a time, at most {@code maxProcesses} at once across every
 * caller, each killed when it runs longer than the page timeout. Each process is told to use one thread
 * ({@code OMP_THREAD_LIMIT=1}): the pool, not Tesseract, decides how many cores are busy.
 */
final class TesseractProcesses implements AutoCloseable {
  /** The most of a process's output kept: a TSV of a dense page is a few hundred kilobytes. */
  private static final int MAX_OUTPUT = 64 * 1024 * 1024;

  private final String command;
  private final Semaphore permits;
  private final Duration timeout;
  private final ScheduledExecutorService watchdog;

  TesseractProcesses(String command, int maxProcesses, Duration timeout) {
    this.command = command;
    this.permits = new Semaphore(maxProcesses, true);
    this.timeout = timeout;
    ScheduledThreadPoolExecutor scheduler =
        new ScheduledThreadPoolExecutor(1, r -> {
          Thread t = new Thread(r, "tesseract-watchdog");
          t.setDaemon(true);
          return t;
        });
    scheduler.setRemoveOnCancelPolicy(true);
    this.watchdog = scheduler;
  }

  /** What one run gave: its standard output, or why there is none. */
  sealed interface Outcome permits Output, Failed {}

  /** The process exited 0; its standard output as UTF-8. */
  record Output(String text) implements Outcome {}

  /** The process failed, timed out or could not be fed; {@code reason} is for the page's message. */
  record Failed(String reason) implements Outcome {}

  /**
   * Runs {@code command stdin stdout ARGS…} with {@code image} on standard input, waiting for a free process
   * slot first.
   *
   * @throws TesseractUnavailableException when the command cannot be started at all
   */
  Outcome run(List<String> args, byte[] image) {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Failed("interrupted before tesseract ran");
    }
    Path errors = null;
    try {
      errors = Files.createTempFile("docstruct-tesseract-", ".err");
      return runHolding(args, image, errors);
    } catch (IOException e) {
      return new Failed("tesseract's error output could not be kept: " + e.getMessage());
    } finally {
      permits.release();
      if (errors != null) {
        try {
          Files.deleteIfExists(errors);
        } catch (IOException ignored) {
          // a temporary file left behind is harmless; the next run makes its own
        }
      }
    }
  }

  private Outcome runHolding(List<String> args, byte[] image, Path errors) {
    ProcessBuilder builder = new ProcessBuilder();
    List<String> commandLine = new java.util.ArrayList<>(args.size() + 3);
    commandLine.add(command);
    commandLine.add("stdin");
    commandLine.add("stdout");
    commandLine.addAll(args);
    builder.command(commandLine);
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    builder.redirectError(errors.toFile());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new TesseractUnavailableException(
          "cannot run '" + command + "' (" + e.getMessage() + "): install Tesseract with: sudo apt-get install "
              + TesseractInstallation.APT_PACKAGES, e);
    }
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> kill =
        watchdog.schedule(() -> {
          timedOut.set(true);
          stop(process);
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
    try {
      byte[] out;
      try (OutputStream in = process.getOutputStream()) {
        in.write(image);
      } catch (IOException e) {
        // The process stopped reading: its exit status and error output say why.
      }
      try (InputStream stdout = process.getInputStream()) {
        out = stdout.readNBytes(MAX_OUTPUT);
      }
      process.waitFor();
      if (timedOut.get()) {
        return new Failed("tesseract did not finish within " + describe(timeout) + " and was stopped");
      }
      if (process.exitValue() != 0) {
        return new Failed("tesseract exited " + process.exitValue() + ": " + firstLine(errors));
      }
      return new Output(new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      stop(process);
      return new Failed(timedOut.get()
          ? "tesseract did not finish within " + describe(timeout) + " and was stopped"
          : "tesseract's output could not be read: " + e.getMessage());
    } catch (InterruptedException e) {
      stop(process);
      Thread.currentThread().interrupt();
      return new Failed("interrupted while tesseract ran");
    } finally {
      kill.cancel(false);
    }
  }

  /**
   * Stops the process and whatever it started: a wrapper script's child would otherwise keep the output pipe
   * open, and the read would wait for it.
   */
  private static void stop(Process process) {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
  }

  private static String firstLine(Path errors) {
    try {
      String text = Files.readString(errors, StandardCharsets.UTF_8);
      for (String line : text.split("\\R")) {
        String l = line.strip();
        // Tesseract's chatter about the resolution and the engine is not the reason it failed.
        if (!l.isEmpty() && !l.startsWith("Estimating resolution") && !l.startsWith("Warning")) {
          return l.length() > 300 ? l.substring(0, 300) + "…" : l;
        }
      }
      return "no message";
    } catch (IOException e) {
      return "no message";
    }
  }

  static String describe(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
  }
}
