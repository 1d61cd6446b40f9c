package io.docstruct.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the engine takes from a line of Tesseract's TSV, beyond its boxes. */
class TsvWordTest {
  private static final String HEADER =
      "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

  private static String word(int n, int left, int width, String text) {
    return "5\t1\t1\t1\t1\t" + n + "\t" + left + "\t100\t" + width + "\t20\t90\t" + text + "\n";
  }

  @Test
  void fullWidthLettersTheKoreanModelWritesAreReadAsTheLettersPrinted() {
    // Tesseract 5.3.0 with kor+eng reads the printed "생수 2L" of a clean receipt render (ko-receipt-03) as
    // 생수 2Ｌ, with a full-width L: the receipt's text, searched or matched, must have the L printed.
    String tsv = HEADER + word(1, 36, 20, "생") + word(2, 58, 20, "수") + word(3, 90, 30, "2Ｌ")
        + word(4, 430, 12, "２") + word(5, 600, 70, "7,200");

    List<TsvWord> line = TsvWord.lines(tsv + "생수 2Ｌ ２ 7,200\n\n").get(0);

    assertThat(line).extracting(TsvWord::text).containsExactly("생", "수", "2L", "2", "7,200");
    assertThat(HangulJoiner.join(line)).extracting(TsvWord::text).containsExactly("생수", "2L", "2", "7,200");
  }
}
