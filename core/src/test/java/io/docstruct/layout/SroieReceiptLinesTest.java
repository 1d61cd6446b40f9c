package io.docstruct.layout;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.Page;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.Fixtures;
import io.docstruct.testing.SroieReceipts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real scanned receipts (SROIE, see {@code NOTICE}) as a perfect OCR would answer them ({@link
 * SroieReceipts}): every annotated line stays one line, and annotated lines on one row (label … amount; item
 * … quantity … price … amount) stay on one line. The committed receipts are ones whose rows a column
 * detector can mistake for two text columns: a form of labels and values started at one x ({@code 029}),
 * totals with {@code RM} amounts ({@code 156}), item tables. The whole development set is measured by
 * {@link #measureTheDataSet()} when given its folder:
 *
 * <pre>{@code
 * ./mvnw -q -B -pl core test -Dtest=SroieReceiptLinesTest -Ddocstruct.sroie=/path/to/sroie-dev
 * }</pre>
 */
class SroieReceiptLinesTest {
  private static final LayoutEngine ENGINE = LayoutEngine.create();

  /**
   * The engine's score on the 200 development receipts when two-column gutters came to be found from the
   * whole page, the same as before it (see {@code benchmarks/README.md}): what {@link
   * #measureTheDataSet()} must not get worse than.
   */
  private static final SroieReceipts.Score RECORDED = new SroieReceipts.Score(10_752, 16, 8_447, 216, 5_833, 3);

  @ParameterizedTest
  @ValueSource(strings = {"000", "029", "109", "156", "157"})
  void everyAnnotatedLineAndEveryRowStaysOneLine(String name) {
    SroieReceipts.Score score = score(name, Fixtures.text("fixtures/layout/sroie/" + name + ".csv"));

    assertThat(score.lines()).isPositive();
    assertThat(score.linesBroken()).as("annotated lines broken").isZero();
    assertThat(score.rowPairsSplit()).as("rows split").isZero();
    assertThat(score.outputLinesAcrossRows()).as("lines joining two rows").isZero();
  }

  @Test
  @EnabledIfSystemProperty(named = "docstruct.sroie", matches = ".+")
  void measureTheDataSet() throws IOException {
    Path dir = Path.of(System.getProperty("docstruct.sroie"), "box");
    SroieReceipts.Score total = new SroieReceipts.Score(0, 0, 0, 0, 0, 0);
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString().replace(".csv", "");
      SroieReceipts.Score s = score(name, Files.readString(f, UTF_8));
      if (s.linesBroken() + s.rowPairsSplit() + s.outputLinesAcrossRows() > 0) {
        System.out.println(name + ": " + s);
      }
      total = total.plus(s);
    }
    System.out.println(files.size() + " receipts: " + total);

    assertThat(files).isNotEmpty();
    if (files.size() == 200) {
      assertThat(total.lines()).isEqualTo(RECORDED.lines());
      assertThat(total.linesBroken()).isLessThanOrEqualTo(RECORDED.linesBroken());
      assertThat(total.rowPairsSplit()).isLessThanOrEqualTo(RECORDED.rowPairsSplit());
      assertThat(total.outputLinesAcrossRows()).isLessThanOrEqualTo(RECORDED.outputLinesAcrossRows());
    }
  }

  private static SroieReceipts.Score score(String name, String csv) {
    SroieReceipts.Receipt receipt = SroieReceipts.parse(csv, name);
    Page page = ResponseReader.create().read(receipt.clovaV2().getBytes(UTF_8), name).pages().get(0);
    return receipt.score(page, ENGINE.structure(page));
  }
}
