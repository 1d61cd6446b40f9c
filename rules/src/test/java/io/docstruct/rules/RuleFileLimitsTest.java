package io.docstruct.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User rule files are bounded before Drools and POI see them: zip bombs and huge files are refused. */
class RuleFileLimitsTest {
  @TempDir Path dir;

  @Test
  void aHighRatioWorkbookIsRefusedAsAZipBomb() throws IOException {
    // 200 MB of one byte compresses to about 200 KB: a ratio near 0.001.
    Path bomb = dir.resolve("policy.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) ' ');
      for (int i = 0; i < 200; i++) {
        zip.write(chunk);
      }
    }
    assertThat(Files.size(bomb)).isLessThan(1024 * 1024);

    assertThatThrownBy(() -> RuleEngine.builder().rules(bomb).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageStartingWith(bomb + ": refused: entry xl/worksheets/sheet1.xml inflates more than 100 times");
  }

  @Test
  void aWorkbookThatInflatesPastTheTotalLimitIsRefused() throws IOException {
    // Many entries of 1 MB each, every one within the ratio allowance, 80 MB together.
    Path big = dir.resolve("big.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(big))) {
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < 80; i++) {
        zip.putNextEntry(new ZipEntry("xl/part" + i + ".xml"));
        zip.write(chunk);
      }
    }
    assertThatThrownBy(() -> RuleEngine.builder().rules(big).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageContaining("refused: the workbook inflates to more than 67108864 bytes");
  }

  @Test
  void aRuleFileLargerThan16MegabytesIsNotRead() throws IOException {
    Path huge = dir.resolve("huge.drl");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(17L * 1024 * 1024);
    }
    assertThatThrownBy(() -> RuleEngine.builder().rules(huge).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessage(huge + ": larger than 16777216 bytes, too large for a rule file");
  }

}
