package io.docstruct.tesseract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code tesseract} command found on this machine: its version and the language packs it has, asked of
 * the command itself ({@code tesseract --version}, {@code tesseract --list-langs}).
 *
 * <pre>{@code
 * TesseractInstallation t = TesseractInstallation.find("tesseract");   // throws when it is not installed
 * t.version();                                    // "5.3.0"
 * t.requireLanguages(List.of("kor", "eng"));      // throws naming the missing pack and its apt package
 * boolean here = TesseractInstallation.isInstalled("tesseract", List.of("kor", "eng"));
 * }</pre>
 *
 * @param command the command as it was run ({@code tesseract}, or a path)
 * @param version the version it reports, e.g. {@code 5.3.0}
 * @param languages the language packs it lists, e.g. {@code eng}, {@code kor}, {@code osd}
 */
public record TesseractInstallation(String command, String version, Set<String> languages) {
  /** The Debian/Ubuntu packages that install Tesseract with Korean and English. */
  public static final String APT_PACKAGES = "tesseract-ocr tesseract-ocr-kor tesseract-ocr-eng";

  private static final Pattern VERSION = Pattern.compile("tesseract\\s+v?(\\d+[.\\d]*\\S*)", Pattern.CASE_INSENSITIVE);
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

  public TesseractInstallation {
    Objects.requireNonNull(command, "command == null");
    Objects.requireNonNull(version, "version == null");
    languages = Set.copyOf(languages);
  }

  /**
   * Runs {@code command --version} and {@code command --list-langs}.
   *
   * @throws TesseractUnavailableException when the command is missing or does not answer as Tesseract does,
   *     naming the packages that install it
   */
  public static TesseractInstallation find(String command) {
    Objects.requireNonNull(command, "command == null");
    String versionOutput = run(command, "--version");
    Matcher m = VERSION.matcher(versionOutput);
    if (!m.find()) {
      throw new TesseractUnavailableException(
          "'" + command + " --version' did not report a Tesseract version; install Tesseract with: sudo apt-get"
              + " install " + APT_PACKAGES);
    }
    String major = m.group(1);
    if (!major.startsWith("4") && !major.startsWith("5")) {
      throw new TesseractUnavailableException(
          command + " is Tesseract " + major + "; DocStruct needs Tesseract 4 or 5 (TSV output with confidences):"
              + " sudo apt-get install " + APT_PACKAGES);
    }
    Set<String> languages = new LinkedHashSet<>();
    for (String line : run(command, "--list-langs").split("\\R")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("List of available languages") && !l.contains(" ")) {
        languages.add(l);
      }
    }
    return new TesseractInstallation(command, m.group(1), languages);
  }

  /** Whether {@code command} runs as Tesseract 4 or 5 and has every language in {@code languages}. */
  public static boolean isInstalled(String command, List<String> languages) {
    try {
      find(command).requireLanguages(languages);
      return true;
    } catch (TesseractUnavailableException e) {
      return false;
    }
  }

  /**
   * @throws TesseractUnavailableException naming every language pack that is missing, the ones there are,
   *     and the package that installs each
   */
  public void requireLanguages(List<String> wanted) {
    List<String> missing = new ArrayList<>();
    for (String language : wanted) {
      if (!languages.contains(language)) {
        missing.add(language);
      }
    }
    if (!missing.isEmpty()) {
      List<String> packages = new ArrayList<>();
      missing.forEach(l -> packages.add("tesseract-ocr-" + l.toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
      throw new TesseractUnavailableException(
          command + " has no language pack " + String.join(", ", missing) + " (it has "
              + (languages.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(languages)))
              + "): install it with: sudo apt-get install " + String.join(" ", packages)
              + " (" + command + " --list-langs shows what is installed)");
    }
  }

  private static String run(String command, String argument) {
    Process process;
    try {
      process = new ProcessBuilder(command, argument).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new TesseractUnavailableException(
          "cannot run '" + command + "' (" + e.getMessage() + "): Tesseract is not installed or not on the PATH;"
              + " install it with: sudo apt-get install " + APT_PACKAGES, e);
    }
    try (InputStream out = process.getInputStream()) {
      process.getOutputStream().close();
      byte[] bytes = out.readNBytes(64 * 1024);
      if (!process.waitFor(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new TesseractUnavailableException("'" + command + " " + argument + "' did not finish in "
            + PROBE_TIMEOUT.toSeconds() + " s");
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new TesseractUnavailableException(
            "'" + command + " " + argument + "' exited " + process.exitValue() + ": " + firstLine(text)
                + "; install Tesseract with: sudo apt-get install " + APT_PACKAGES);
      }
      return text;
    } catch (IOException e) {
      process.destroyForcibly();
      throw new TesseractUnavailableException("cannot read what '" + command + " " + argument + "' wrote", e);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new TesseractUnavailableException("interrupted while asking '" + command + "' what it is", e);
    }
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
