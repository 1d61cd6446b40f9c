package io.docstruct.tesseract;

/**
 * How the Korean words Tesseract splits into syllables are joined again. Tesseract's TSV lists each syllable
 * of {@code 행복마트} as a word of its own (its plain text does not: there its row spacing decides the blanks).
 *
 * <pre>{@code
 * TesseractOcrEngine.builder().hangulJoining(HangulJoining.SPACING).build();   // the default
 * }</pre>
 */
public enum HangulJoining {
  /** The TSV's words as they are: every syllable a word. */
  OFF,
  /**
   * From the TSV boxes alone: neighbours are one word when the gap between their boxes is small against the
   * text's height and clearly below the line's word spaces, and one of them is Hangul.
   */
  GEOMETRY,
  /**
   * Where Tesseract's plain text, read in the same run, has no blank between two of its TSV words, they are
   * one word: Tesseract sets those blanks from the gaps between the glyphs' outlines against the row's own
   * estimated space, before its boxes are padded and rounded. A page whose two outputs do not line up falls
   * back to {@link #GEOMETRY}.
   */
  SPACING
}
