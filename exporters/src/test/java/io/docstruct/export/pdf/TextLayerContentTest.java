package io.docstruct.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** How far a skewed line's word baselines are flattened (at 20 pt: 1 em = 20 pt). */
class TextLayerContentTest {

  private static double[] flattened(double size, double... across) {
    double[] copy = across.clone();
    TextLayerContent.flatten(copy, new boolean[across.length], size);
    return copy;
  }

  @Test
  void aLineWithinHalfAnEmIsWrittenFlat() {
    // A 0.4 em rise: flat at its middle, no word more than 0.2 em off.
    assertThat(flattened(20, 0, 4, 8)).containsExactly(new double[] {4, 4, 4}, within(1e-9));
  }

  @Test
  void aSteeperLineKeepsEveryWordWithinAQuarterEmWhileItStaysOneLine() {
    // A 0.8 em rise: spread 0.3 em, the ends moved 0.25 em.
    assertThat(flattened(20, 0, 8, 16)).containsExactly(new double[] {5, 8, 11}, within(1e-9));
  }

  @Test
  void aLongerLineIsSqueezedToTheSpreadPopplerJoinsMovingWordsUpToHalfAnEm() {
    // A 1.2 em rise: spread 0.45 em (9 pt), the ends moved 0.375 em.
    assertThat(flattened(20, 0, 24)).containsExactly(new double[] {7.5, 16.5}, within(1e-9));
  }

  @Test
  void aLineTooSteepToJoinKeepsItsStepsMovingNoWordMoreThanHalfAnEm() {
    // A 3 em rise: spread 2 em, the ends moved 0.5 em; poppler may cut the line, never a word.
    assertThat(flattened(20, 0, 30, 60)).containsExactly(new double[] {10, 30, 50}, within(1e-9));
  }

  @Test
  void largeTextSpreadsNoMoreThan11Points() {
    // 40 pt text rising 1 em: 0.45 em would be 18 pt, but a rising line must start within 11 pt.
    assertThat(flattened(40, 0, 40)).containsExactly(new double[] {14.5, 25.5}, within(1e-9));
  }

  @Test
  void aWordApartFromTheLineKeepsItsBaselineAndTheOthersFlattenWithoutIt() {
    double[] across = {0, 4, -60, 8};

    TextLayerContent.flatten(across, new boolean[] {false, false, true, false}, 20);

    assertThat(across).containsExactly(new double[] {4, 4, -60, 4}, within(1e-9));
  }
}
