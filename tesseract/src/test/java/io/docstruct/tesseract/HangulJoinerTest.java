package io.docstruct.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tesseract's TSV lists each syllable of a Korean word as a word; its plain text, written in the same run,
 * has the blanks its row spacing set. The joiner follows the plain text, and falls back to the boxes'
 * geometry when the two cannot be lined up.
 */
class HangulJoinerTest {
  private static final String HEADER =
      "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

  private static String word(int line, int n, int left, int width, double conf, String text) {
    return "5\t1\t1\t1\t" + line + "\t" + n + "\t" + left + "\t100\t" + width + "\t20\t" + conf + "\t" + text + "\n";
  }

  /** 행 복 마 트 | 역 삼 점 as Tesseract lists them on a 22-pixel receipt: boxes padded, gaps uneven. */
  private static final String TSV =
      HEADER
          + word(1, 1, 100, 20, 91, "행") + word(1, 2, 128, 20, 90, "복") + word(1, 3, 155, 40, 93, "마트")
          + word(1, 4, 215, 20, 88, "역") + word(1, 5, 245, 20, 90, "삼") + word(1, 6, 271, 20, 92, "점")
          + word(2, 1, 100, 60, 95, "TOTAL") + word(2, 2, 170, 60, 96, "37,100");

  private static List<String> texts(List<TsvWord> line) {
    return line.stream().map(TsvWord::text).toList();
  }

  @Test
  void syllablesAreJoinedWhereTesseractsOwnTextHasNoBlank() {
    List<List<TsvWord>> lines = TsvWord.lines(TSV + "행복마트 역삼점\nTOTAL 37,100\n\n");

    assertThat(texts(HangulJoiner.join(lines.get(0)))).containsExactly("행복마트", "역삼점");
    assertThat(texts(HangulJoiner.join(lines.get(1)))).containsExactly("TOTAL", "37,100");
    TsvWord store = HangulJoiner.join(lines.get(0)).get(0);
    assertThat(store.left()).isEqualTo(100);
    assertThat(store.right()).isEqualTo(195);
    assertThat(store.confidence()).as("the least sure syllable's").isEqualTo(90);
  }

  @Test
  void withoutTheTextTheBoxesGapsAgainstTheLinesSpacingDecide() {
    List<List<TsvWord>> lines = TsvWord.lines(TSV);

    assertThat(lines.get(0)).allSatisfy(w -> assertThat(w.spaceBefore()).isNull());
    // Gaps of 8, 7, 10 and 6 px within the words, 20 px between them: the line's own break.
    assertThat(texts(HangulJoiner.join(lines.get(0)))).containsExactly("행복마트", "역삼점");
    assertThat(texts(HangulJoiner.join(lines.get(1)))).as("Latin words are never joined by geometry")
        .containsExactly("TOTAL", "37,100");
  }

  @Test
  void aTextThatDoesNotLineUpWithTheTsvIsNotTrusted() {
    List<List<TsvWord>> lines = TsvWord.lines(TSV + "행복 마트역삼점\nTOTAL 37.100\n\n");

    assertThat(lines.get(0)).allSatisfy(w -> assertThat(w.spaceBefore()).isNull());
    assertThat(texts(HangulJoiner.join(lines.get(0)))).containsExactly("행복마트", "역삼점");
  }

  @Test
  void blankWordsAreDroppedAndOtherOutputIsRefused() {
    List<List<TsvWord>> lines = TsvWord.lines(HEADER + word(1, 1, 10, 5, 95, " ") + word(2, 1, 10, 40, 95, "합계"));

    assertThat(lines).hasSize(1);
    assertThat(texts(lines.get(0))).containsExactly("합계");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TsvWord.lines("Error: no such file"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
