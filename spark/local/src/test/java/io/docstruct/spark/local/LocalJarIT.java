package io.docstruct.spark.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code docstruct-spark-local.jar} itself, as a user runs it: {@code java -jar} with no JVM flag (the
 * manifest's {@code Add-Opens} must be enough for Spark on Java 17), on the sample responses and images.
 */
class LocalJarIT {
  @TempDir Path dir;

  @Test
  void javaDashJarRunsTheJobInLocalMode() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String name : List.of("clova-receipt.json", "clova-receipt.png", "nhn-general-statement.json",
        "nhn-general-statement.jpg")) {
      try (InputStream sample = LocalJarIT.class.getResourceAsStream("/io/docstruct/testing/samples/" + name)) {
        Files.copy(sample, in.resolve(name));
      }
    }
    Files.writeString(in.resolve("broken.json"), "{", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Path log = dir.resolve("job.log");
    Process job = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
            "-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
            "-jar", System.getProperty("docstruct.spark.local.jar", "../target/docstruct-spark-local.jar"),
            "--input", in.toString(), "--output", out.toString(), "--pdfs", "--workbooks", "month",
            "--format", "json")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(job.waitFor(5, TimeUnit.MINUTES)).as("finished within 5 minutes").isTrue();
    String output = Files.readString(log);
    assertThat(job.exitValue()).as(output).isEqualTo(1);
    assertThat(output).contains(
        "docstruct-spark: 3 inputs: 2 documents, 1 failures; 2 expenses,",
        "docstruct stage 0 (docstruct: process 3 inputs)");
    assertThat(output).doesNotContain("InaccessibleObjectException", "IllegalAccessError");
    try (Stream<Path> pdfs = Files.list(out.resolve("pdfs"))) {
      assertThat(pdfs.filter(p -> p.toString().endsWith(".pdf"))).hasSize(2);
    }
    try (Stream<Path> workbooks = Files.list(out.resolve("workbooks"))) {
      assertThat(workbooks.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("2024-05-part1.xlsx", "undated-part1.xlsx");
    }
    try (Stream<Path> failures = Files.list(out.resolve("failures"))) {
      String json = failures.filter(p -> p.getFileName().toString().endsWith(".json"))
          .map(p -> {
            try {
              return Files.readString(p);
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .reduce("", String::concat);
      assertThat(json).contains("\"name\":\"broken.json\"", "\"failure_stage\":\"read\"");
    }
  }
}
