package io.docstruct.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole files or nothing under the target's name, and the clean-up of what a killed writer left. */
class AtomicOutputTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writeReplacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("out.json"), "old");

    AtomicOutput.write(target, "new".getBytes(StandardCharsets.UTF_8));

    assertThat(target).hasContent("new");
    assertThat(names()).containsExactly("out.json");
  }

  @Test
  void anUncommittedOutputLeavesTheTargetAsItWas() throws IOException {
    Path target = Files.writeString(dir.resolve("book.xlsx"), "old");

    try (AtomicOutput out = AtomicOutput.create(target)) {
      out.stream().write("half".getBytes(StandardCharsets.UTF_8));
      assertThat(out.temporaryFile().getFileName().toString()).matches("\\.book\\.xlsx\\.[0-9a-z]{1,13}\\.tmp");
    }

    assertThat(target).hasContent("old");
    assertThat(names()).containsExactly("book.xlsx");
  }

  @Test
  void writeIntoAMissingDirectoryFailsWithoutCreatingIt() {
    Path target = dir.resolve("missing").resolve("out.json");

    assertThatThrownBy(() -> AtomicOutput.write(target, new byte[1])).isInstanceOf(IOException.class);
    assertThat(target.getParent()).doesNotExist();
  }

  @Test
  void deleteLeftoversDeletesOnlyTemporaryFilesOfAcceptedTargets() throws IOException {
    Path killed;
    try (AtomicOutput out = AtomicOutput.create(dir.resolve("a.pdf"))) {
      killed = Files.copy(out.temporaryFile(), dir.resolve(".a.pdf.zz.tmp")); // as if the writer died
    }
    Files.writeString(dir.resolve(".b.pdf.0.tmp"), "");
    Files.writeString(dir.resolve(".c.txt.0.tmp"), ""); // a target not accepted
    Files.writeString(dir.resolve(".a.pdf.UPPER.tmp"), ""); // not our random part
    Files.writeString(dir.resolve("a.pdf.0.tmp"), ""); // not hidden
    Files.writeString(dir.resolve("a.pdf"), "%PDF");
    Files.createDirectory(dir.resolve(".d.pdf.0.tmp")); // a directory

    List<Path> deleted = AtomicOutput.deleteLeftovers(dir, name -> name.endsWith(".pdf"));

    assertThat(deleted).containsExactlyInAnyOrder(killed, dir.resolve(".b.pdf.0.tmp"));
    assertThat(names())
        .containsExactly(".a.pdf.UPPER.tmp", ".c.txt.0.tmp", ".d.pdf.0.tmp", "a.pdf", "a.pdf.0.tmp");
  }

  @Test
  void deleteLeftoversInAMissingDirectoryDeletesNothing() throws IOException {
    assertThat(AtomicOutput.deleteLeftovers(dir.resolve("missing"), name -> true)).isEmpty();
  }
}
