package io.docstruct.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.tesseract.scans.Accuracy;
import io.docstruct.tesseract.scans.Dataset;
import io.docstruct.tesseract.scans.WordScore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Word recall of the engine against text known line by line (WordScore: a word counts where it is read on
 * its own line), on a few of the benchmark's scans: a clean Korean receipt, a clean English one, and a
 * low-resolution noisy one against the plain {@code tesseract} command. The full figures, real SROIE scans
 * included, are the benchmark's ({@code benchmarks/README.md}).
 */
class TesseractAccuracyTest {
  private static TesseractOcrEngine engine;

  @BeforeAll
  static void engine() {
    TestScans.requireTesseract();
    engine = TesseractOcrEngine.builder().maxProcesses(1).build();
  }

  @AfterAll
  static void close() {
    if (engine != null) {
      engine.close();
    }
  }

  private static WordScore score(TesseractOcrEngine e, Dataset.Entry entry) {
    return WordScore.of(entry.lines(), Accuracy.read(e, entry.image()));
  }

  @Test
  void koreanWordsSplitIntoSyllablesAreJoinedAgain() {
    Dataset.Entry receipt = TestScans.entry("scans", "ko-receipt-01");

    WordScore joined = score(engine, receipt);
    WordScore split;
    try (TesseractOcrEngine off = TesseractOcrEngine.builder().hangulJoining(HangulJoining.OFF).maxProcesses(1).build()) {
      split = score(off, receipt);
    }

    assertThat(joined.recall()).as("word recall with the syllables joined").isGreaterThanOrEqualTo(0.90);
    assertThat(split.recall()).as("word recall of the TSV's words as they are").isLessThan(0.75);
    assertThat(joined.cer()).isLessThan(split.cer());
  }

  @Test
  void amountsKeepTheCommasPrintedInThem() {
    // Tesseract 5.3.0 reads this clean render's 23,364, 2,336 and 25,700 as 23.364, 2.336 and 25.700.
    Dataset.Entry receipt = TestScans.entry("scans", "ko-receipt-02");

    java.util.List<String> words = Accuracy.read(engine, receipt.image()).stream().map(WordScore.ReadWord::text).toList();

    assertThat(words).contains("23,364", "2,336", "25,700", "1,900", "8,800", "6,900", "8,100");
    assertThat(words).noneMatch(w -> w.matches("\\d+\\.\\d{3}"));
    assertThat(score(engine, receipt).recall()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void aBlurredCommaTesseractReadRightStaysAComma() {
    // The low-resolution render (15-pixel type, softened, scaled up 2–3 times to be read): its commas' tails
    // blur into blobs that barely reach below the baseline; Tesseract reads 2,300 and 13,500 right.
    Dataset.Entry receipt = TestScans.entry("scans", "ko-receipt-08");

    java.util.List<String> words = Accuracy.read(engine, receipt.image()).stream().map(WordScore.ReadWord::text).toList();

    assertThat(words).contains("2,300", "13,500").doesNotContain("2.300", "13.500");
  }

  @Test
  void aLowResolutionReceiptsTotalLineIsReadWithItsLabel() {
    // 15-pixel type, softened and noisy. Scaled four times (its lines measured at half their height),
    // Tesseract read the line 합계 31,100 as 항제 ㆍ 아으000; scaled to 24-pixel lines it reads the label and
    // the digits.
    Dataset.Entry receipt = TestScans.entry("scans", "ko-receipt-08");

    io.docstruct.tesseract.scans.TruthLine total =
        receipt.lines().stream().filter(l -> l.text().startsWith("합계")).findFirst().orElseThrow();

    java.util.List<WordScore.ReadWord> words = Accuracy.read(engine, receipt.image());

    assertThat(words).filteredOn(w -> total.contains(w.x(), w.y(), 2))
        .extracting(w -> w.text().replaceAll("(?<=\\d)[.,](?=\\d{3})", "")).containsExactly("합계", "31100");
  }

  @Test
  void aCleanEnglishReceiptIsReadWordForWord() {
    WordScore s = score(engine, TestScans.entry("scans", "en-receipt-01"));

    assertThat(s.recall()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void aLowResolutionNoisyScanReadsBetterPreparedThanByThePlainCommand() throws Exception {
    Dataset.Entry scan = TestScans.entry("scans", "ko-receipt-08");

    WordScore ours = score(engine, scan);
    WordScore plain = WordScore.of(scan.lines(), Accuracy.readPlain(scan.image(), "kor+eng"));

    assertThat(ours.recall()).as("prepared %.3f against plain %.3f", ours.recall(), plain.recall())
        .isGreaterThan(plain.recall() + 0.2);
    assertThat(ours.cer()).isLessThan(plain.cer());
  }
}
