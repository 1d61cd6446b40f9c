package io.docstruct.samples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.testing.server.LocalOcrServer;
import io.docstruct.testing.server.SampleResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -cp samples/target/docstruct.jar io.docstruct.samples.ProcessFolder IN_DIR OUT_DIR}, run from the
 * shaded jar in a JVM of its own (failsafe passes the jar's path as {@code docstruct.jar}), its images read by
 * the local OCR server: a workbook, one PDF per image, one line per input.
 */
class ProcessFolderJarIT {
  @TempDir Path dir;

  private static void copy(SampleResponse sample, Path target) throws IOException {
    try (InputStream in = sample.open()) {
      Files.copy(in, target);
    }
  }

  @Test
  void processFolderRunsFromTheJar() throws Exception {
    Path jar = Path.of(Objects.requireNonNull(System.getProperty("docstruct.jar"), "docstruct.jar"));
    assertThat(jar).as("built by the package phase").isRegularFile();
    Path recordings = Files.createDirectories(dir.resolve("recordings"));
    Path in = Files.createDirectories(dir.resolve("in"));
    copy(SampleResponse.CLOVA_RECEIPT, recordings.resolve("bakery.json"));
    Files.write(in.resolve("bakery.png"), SampleResponse.CLOVA_RECEIPT.readImage());
    copy(SampleResponse.CLOVA_GENERAL, recordings.resolve("market.json"));
    Files.write(in.resolve("market.png"), SampleResponse.CLOVA_GENERAL.readImage());
    copy(SampleResponse.CLOVA_DINNER, in.resolve("dinner.json"));
    Path out = dir.resolve("out");
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");

    int exit;
    try (LocalOcrServer server = LocalOcrServer.builder().secret("s").responses(recordings).start()) {
      ProcessBuilder pb =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-cp", jar.toString(), "io.docstruct.samples.ProcessFolder", in.toString(), out.toString());
      // The JVM announces these on stderr ("Picked up _JAVA_OPTIONS: …"); the assertion is about the program's.
      pb.environment().remove("_JAVA_OPTIONS");
      pb.environment().remove("JAVA_TOOL_OPTIONS");
      pb.environment().put("CLOVA_OCR_URL", server.invokeUrl("receipt"));
      pb.environment().put("CLOVA_OCR_SECRET", "s");
      Process process = pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("ProcessFolder did not finish within 180 s");
      }
      exit = process.exitValue();
    }

    assertThat(Files.readString(stderr, UTF_8)).isEmpty();
    assertThat(exit).isZero();
    assertThat(Files.readAllLines(stdout, UTF_8))
        .containsExactly(
            "bakery.json: processed, PDF bakery.pdf",
            "dinner.json: processed (pdf: no source image)",
            "market.json: processed, PDF market.pdf");
    assertThat(out.resolve("expenses.xlsx")).isNotEmptyFile();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("expenses.xlsx", "bakery.pdf", "market.pdf");
    }
  }
}
