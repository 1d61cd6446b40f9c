package io.docstruct.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The generated TrueType program is a valid, tiny font with the metrics the text layer relies on. */
class GlyphlessFontTest {

  @Test
  void fontBoxParsesTheProgram() throws IOException {
    byte[] bytes = GlyphlessFont.trueType();

    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
      assertThat(font.getNumberOfGlyphs()).isEqualTo(2);
      assertThat(font.getUnitsPerEm()).isEqualTo(1000);
      assertThat(font.getAdvanceWidth(1)).isEqualTo(GlyphlessFont.ADVANCE);
      assertThat(font.getHorizontalHeader().getAscender()).isEqualTo((short) GlyphlessFont.ASCENT);
      assertThat(font.getGlyph().getGlyph(1).getPath().getBounds2D().isEmpty()).isTrue();
      assertThat(font.getName()).isEqualTo(GlyphlessFont.NAME);
    }
    assertThat(bytes.length).isLessThan(1024);
  }

  @Test
  void everyCidShowsTheBlankGlyph() {
    byte[] map = GlyphlessFont.cidToGidMap();

    assertThat(map).hasSize(131_072);
    for (int cid = 0; cid < 65536; cid++) {
      assertThat(map[2 * cid] << 8 | map[2 * cid + 1]).isEqualTo(1);
    }
  }
}
