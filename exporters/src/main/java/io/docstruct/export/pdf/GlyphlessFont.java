package io.docstruct.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * The invisible font of the text layer: a Type0 font (encoding {@code Identity-H}) over a CIDFontType2 whose
 * embedded TrueType program has two glyphs, a {@code .notdef} box and one blank glyph. Every CID maps to the
 * blank glyph (an explicit {@code CIDToGIDMap}), and the ToUnicode CMap is the identity on the Basic
 * Multilingual Plane, so a string's 2-byte codes <em>are</em> its UTF-16 code units: the layer covers Hangul,
 * Han, Latin and every other BMP script without any font installed on the machine, and text extraction gives
 * back exactly the characters written.
 *
 * <p>Metrics, in 1/1000 em: every glyph advances {@value #ADVANCE}; ascent {@value #ASCENT}, descent
 * {@value #DESCENT}. A text run of {@code n} characters at size {@code s} is {@code n * s / 2} wide before
 * horizontal scaling, and its glyph boxes span {@code -0.2 s} to {@code 0.8 s} around the baseline.
 *
 * <p>The TrueType program is generated here, table by table (about 700 bytes); the three streams compress
 * to about 2 KB. One instance is embedded once per document and shared by every page.
 *
 * <pre>{@code
 * COSDictionary font = GlyphlessFont.embed();
 * resources.getCOSObject().getCOSDictionary(COSName.FONT).setItem(name, font);
 * }</pre>
 */
final class GlyphlessFont {
  /** Advance width of every glyph, in 1/1000 em. */
  static final int ADVANCE = 500;
  /** Top of every glyph box above the baseline, in 1/1000 em. */
  static final int ASCENT = 800;
  /** Bottom of every glyph box (negative: below the baseline), in 1/1000 em. */
  static final int DESCENT = -200;

  /** The PostScript name, also the PDF {@code BaseFont}. */
  static final String NAME = "DocStructGlyphless";

  private static final byte[] TRUE_TYPE = buildTrueType();

  // Compressed once per JVM: the CIDToGIDMap alone is 128 KB before Flate.
  private static final byte[] TRUE_TYPE_FLATE =
      FlateStreams.deflate(TRUE_TYPE, Deflater.BEST_COMPRESSION);
  private static final byte[] CID_TO_GID_FLATE =
      FlateStreams.deflate(cidToGidMap(), Deflater.BEST_COMPRESSION);
  private static final byte[] TO_UNICODE_FLATE =
      FlateStreams.deflate(toUnicode(), Deflater.BEST_COMPRESSION);

  private GlyphlessFont() {}

  /** The generated TrueType program (a copy). */
  static byte[] trueType() {
    return TRUE_TYPE.clone();
  }

  /**
   * Builds the Type0 font dictionary with its descendant CIDFont, descriptor and the three streams (font
   * program, CIDToGIDMap, ToUnicode), which read the bytes compressed once per JVM. Call once per document
   * and put the same dictionary in every page's resources: PDFBox then writes it once.
   */
  static COSDictionary embed() {
    COSStream program = FlateStreams.compressed(TRUE_TYPE_FLATE);
    program.setInt(COSName.LENGTH1, TRUE_TYPE.length);

    COSDictionary descriptor = new COSDictionary();
    descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
    descriptor.setName(COSName.FONT_NAME, NAME);
    descriptor.setInt(COSName.FLAGS, 4); // symbolic: the glyphs are not a standard Latin set
    descriptor.setItem(COSName.FONT_BBOX, ints(0, DESCENT, ADVANCE, ASCENT));
    descriptor.setInt(COSName.ITALIC_ANGLE, 0);
    descriptor.setInt(COSName.ASCENT, ASCENT);
    descriptor.setInt(COSName.DESCENT, DESCENT);
    descriptor.setInt(COSName.CAP_HEIGHT, ASCENT);
    descriptor.setInt(COSName.STEM_V, 80);
    descriptor.setItem(COSName.FONT_FILE2, program);

    COSDictionary systemInfo = new COSDictionary();
    systemInfo.setString(COSName.REGISTRY, "Adobe");
    systemInfo.setString(COSName.ORDERING, "Identity");
    systemInfo.setInt(COSName.SUPPLEMENT, 0);

    COSDictionary cidFont = new COSDictionary();
    cidFont.setItem(COSName.TYPE, COSName.FONT);
    cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
    cidFont.setName(COSName.BASE_FONT, NAME);
    cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
    cidFont.setItem(COSName.FONT_DESC, descriptor);
    cidFont.setInt(COSName.DW, ADVANCE);
    cidFont.setItem(COSName.CID_TO_GID_MAP, FlateStreams.compressed(CID_TO_GID_FLATE));

    COSArray descendants = new COSArray();
    descendants.add(cidFont);
    COSDictionary type0 = new COSDictionary();
    type0.setItem(COSName.TYPE, COSName.FONT);
    type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
    type0.setName(COSName.BASE_FONT, NAME);
    type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    type0.setItem(COSName.DESCENDANT_FONTS, descendants);
    type0.setItem(COSName.TO_UNICODE, FlateStreams.compressed(TO_UNICODE_FLATE));
    return type0;
  }

  private static COSArray ints(int... values) {
    COSArray array = new COSArray();
    for (int v : values) {
      array.add(COSInteger.get(v));
    }
    return array;
  }

  /** 65,536 big-endian glyph ids, all 1: every CID shows the blank glyph, never {@code .notdef}. */
  static byte[] cidToGidMap() {
    byte[] map = new byte[65536 * 2];
    for (int i = 1; i < map.length; i += 2) {
      map[i] = 1;
    }
    return map;
  }

  /**
   * The identity ToUnicode CMap on the BMP, one {@code bfrange} per high byte (a range may vary only in its
   * last byte), surrogate code units excluded: they never occur in a code, see {@link TextLayerContent}.
   */
  static byte[] toUnicode() {
    StringBuilder ranges = new StringBuilder();
    int inBlock = 0;
    StringBuilder block = new StringBuilder();
    for (int high = 0; high <= 0xFF; high++) {
      if (high >= 0xD8 && high <= 0xDF) {
        continue;
      }
      block.append(String.format("<%02X00> <%02XFF> <%02X00>%n", high, high, high));
      if (++inBlock == 100) {
        ranges.append(inBlock).append(" beginbfrange\n").append(block).append("endbfrange\n");
        block.setLength(0);
        inBlock = 0;
      }
    }
    if (inBlock > 0) {
      ranges.append(inBlock).append(" beginbfrange\n").append(block).append("endbfrange\n");
    }
    String cmap =
        "/CIDInit /ProcSet findresource begin\n"
            + "12 dict begin\n"
            + "begincmap\n"
            + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            + "/CMapName /Adobe-Identity-UCS def\n"
            + "/CMapType 2 def\n"
            + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            + ranges
            + "endcmap\n"
            + "CMapName currentdict /CMap defineresource pop\n"
            + "end\n"
            + "end\n";
    return cmap.getBytes(StandardCharsets.US_ASCII);
  }

  // ---- The TrueType program (OpenType spec, "sfnt" tables; units per em 1000). ----

  private static byte[] buildTrueType() {
    try {
      byte[] notdef = notdefGlyph();
      Map<String, byte[]> tables = new TreeMap<>(); // the directory must be sorted by tag
      tables.put("OS/2", os2());
      tables.put("cmap", cmap());
      tables.put("glyf", notdef);
      tables.put("head", head());
      tables.put("hhea", hhea());
      tables.put("hmtx", hmtx());
      tables.put("loca", loca(notdef.length));
      tables.put("maxp", maxp());
      tables.put("name", name());
      tables.put("post", post());
      return assemble(tables);
    } catch (IOException e) {
      throw new AssertionError(e); // only in-memory streams
    }
  }

  private static byte[] assemble(Map<String, byte[]> tables) throws IOException {
    int count = tables.size();
    int power = Integer.highestOneBit(count);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(0x00010000);
    out.writeShort(count);
    out.writeShort(power * 16); // searchRange
    out.writeShort(Integer.numberOfTrailingZeros(power)); // entrySelector
    out.writeShort(count * 16 - power * 16); // rangeShift
    int offset = 12 + count * 16;
    int headOffset = 0;
    for (Map.Entry<String, byte[]> table : tables.entrySet()) {
      byte[] data = table.getValue();
      out.write(table.getKey().getBytes(StandardCharsets.US_ASCII));
      out.writeInt((int) checksum(data));
      out.writeInt(offset);
      out.writeInt(data.length);
      if (table.getKey().equals("head")) {
        headOffset = offset;
      }
      offset += padded(data.length);
    }
    for (byte[] data : tables.values()) {
      out.write(data);
      out.write(new byte[padded(data.length) - data.length]);
    }
    byte[] font = bytes.toByteArray();
    long adjustment = (0xB1B0AFBAL - checksum(font)) & 0xFFFFFFFFL;
    int at = headOffset + 8; // head.checkSumAdjustment
    font[at] = (byte) (adjustment >>> 24);
    font[at + 1] = (byte) (adjustment >>> 16);
    font[at + 2] = (byte) (adjustment >>> 8);
    font[at + 3] = (byte) adjustment;
    return font;
  }

  private static int padded(int length) {
    return (length + 3) & ~3;
  }

  private static long checksum(byte[] data) {
    long sum = 0;
    for (int i = 0; i < data.length; i += 4) {
      long word = 0;
      for (int j = 0; j < 4; j++) {
        word = (word << 8) | (i + j < data.length ? data[i + j] & 0xFF : 0);
      }
      sum = (sum + word) & 0xFFFFFFFFL;
    }
    return sum;
  }

  private interface Writes {
    void to(DataOutputStream out) throws IOException;
  }

  private static byte[] table(Writes writes) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    writes.to(out);
    return bytes.toByteArray();
  }

  /** Glyph 0, {@code .notdef}: a rectangle (never shown: no CID maps to it). Glyph 1 has no outline. */
  private static byte[] notdefGlyph() throws IOException {
    int x0 = 50;
    int x1 = 450;
    int y0 = 0;
    int y1 = 700;
    return table(
        out -> {
          out.writeShort(1); // numberOfContours
          out.writeShort(x0);
          out.writeShort(y0);
          out.writeShort(x1);
          out.writeShort(y1);
          out.writeShort(3); // endPtsOfContours[0]
          out.writeShort(0); // instructionLength
          for (int i = 0; i < 4; i++) {
            out.writeByte(0x01); // on curve, 2-byte coordinates
          }
          // x deltas: (50,0) → (50,700) → (450,700) → (450,0), clockwise
          out.writeShort(x0);
          out.writeShort(0);
          out.writeShort(x1 - x0);
          out.writeShort(0);
          // y deltas
          out.writeShort(y0);
          out.writeShort(y1 - y0);
          out.writeShort(0);
          out.writeShort(y0 - y1);
        });
  }

  private static byte[] head() throws IOException {
    return table(
        out -> {
          out.writeInt(0x00010000); // version
          out.writeInt(0x00010000); // fontRevision
          out.writeInt(0); // checkSumAdjustment, set by assemble()
          out.writeInt(0x5F0F3CF5); // magicNumber
          out.writeShort(0x000B); // flags: baseline at y=0, lsb at x=0, integer ppem
          out.writeShort(1000); // unitsPerEm
          out.writeLong(3_800_000_000L); // created (seconds since 1904): fixed, for reproducible bytes
          out.writeLong(3_800_000_000L); // modified
          out.writeShort(50); // xMin (the .notdef box)
          out.writeShort(0);
          out.writeShort(450);
          out.writeShort(700);
          out.writeShort(0); // macStyle
          out.writeShort(8); // lowestRecPPEM
          out.writeShort(2); // fontDirectionHint
          out.writeShort(0); // indexToLocFormat: short offsets
          out.writeShort(0); // glyphDataFormat
        });
  }

  private static byte[] hhea() throws IOException {
    return table(
        out -> {
          out.writeInt(0x00010000);
          out.writeShort(ASCENT);
          out.writeShort(DESCENT);
          out.writeShort(0); // lineGap
          out.writeShort(ADVANCE); // advanceWidthMax
          out.writeShort(0); // minLeftSideBearing
          out.writeShort(0); // minRightSideBearing
          out.writeShort(450); // xMaxExtent
          out.writeShort(1); // caretSlopeRise
          out.writeShort(0); // caretSlopeRun
          out.writeShort(0); // caretOffset
          out.writeLong(0); // 4 reserved shorts
          out.writeShort(0); // metricDataFormat
          out.writeShort(2); // numberOfHMetrics
        });
  }

  private static byte[] hmtx() throws IOException {
    return table(
        out -> {
          out.writeShort(ADVANCE); // .notdef
          out.writeShort(50);
          out.writeShort(ADVANCE); // the blank glyph
          out.writeShort(0);
        });
  }

  private static byte[] loca(int notdefLength) throws IOException {
    return table(
        out -> {
          out.writeShort(0);
          out.writeShort(notdefLength / 2);
          out.writeShort(notdefLength / 2); // glyph 1 is empty
        });
  }

  private static byte[] maxp() throws IOException {
    return table(
        out -> {
          out.writeInt(0x00010000);
          out.writeShort(2); // numGlyphs
          out.writeShort(4); // maxPoints
          out.writeShort(1); // maxContours
          out.writeShort(0); // maxCompositePoints
          out.writeShort(0); // maxCompositeContours
          out.writeShort(2); // maxZones
          for (int i = 0; i < 9; i++) {
            out.writeShort(0); // twilight points … component depth
          }
        });
  }

  /** Format 4, Windows Unicode BMP: only the space maps to the blank glyph (PDF text goes through CIDs). */
  private static byte[] cmap() throws IOException {
    byte[] subtable =
        table(
            out -> {
              int segments = 2;
              out.writeShort(4); // format
              out.writeShort(16 + segments * 8); // length
              out.writeShort(0); // language
              out.writeShort(segments * 2);
              out.writeShort(4); // searchRange = 2 * 2^floor(log2(segments))
              out.writeShort(1); // entrySelector
              out.writeShort(0); // rangeShift
              out.writeShort(0x0020); // endCode[]
              out.writeShort(0xFFFF);
              out.writeShort(0); // reservedPad
              out.writeShort(0x0020); // startCode[]
              out.writeShort(0xFFFF);
              out.writeShort(1 - 0x20); // idDelta[]: U+0020 → glyph 1
              out.writeShort(1);
              out.writeShort(0); // idRangeOffset[]
              out.writeShort(0);
            });
    return table(
        out -> {
          out.writeShort(0); // version
          out.writeShort(1); // numTables
          out.writeShort(3); // platform: Windows
          out.writeShort(1); // encoding: Unicode BMP
          out.writeInt(12); // offset of the subtable
          out.write(subtable);
        });
  }

  private static byte[] name() throws IOException {
    String[] values = {
      null, "DocStruct Glyphless", "Regular", "DocStruct Glyphless 1.0", "DocStruct Glyphless",
      "Version 1.0", NAME
    };
    ByteArrayOutputStream strings = new ByteArrayOutputStream();
    return table(
        out -> {
          int records = values.length - 1;
          out.writeShort(0); // format
          out.writeShort(records);
          out.writeShort(6 + records * 12); // offset to the string storage
          for (int id = 1; id < values.length; id++) {
            byte[] utf16 = values[id].getBytes(StandardCharsets.UTF_16BE);
            out.writeShort(3); // Windows
            out.writeShort(1); // Unicode BMP
            out.writeShort(0x0409); // en-US
            out.writeShort(id);
            out.writeShort(utf16.length);
            out.writeShort(strings.size());
            strings.write(utf16);
          }
          out.write(strings.toByteArray());
        });
  }

  private static byte[] os2() throws IOException {
    return table(
        out -> {
          out.writeShort(4); // version
          out.writeShort(ADVANCE); // xAvgCharWidth
          out.writeShort(400); // usWeightClass
          out.writeShort(5); // usWidthClass
          out.writeShort(0); // fsType: installable embedding
          out.writeShort(650); // ySubscriptXSize
          out.writeShort(600); // ySubscriptYSize
          out.writeShort(0); // ySubscriptXOffset
          out.writeShort(75); // ySubscriptYOffset
          out.writeShort(650); // ySuperscriptXSize
          out.writeShort(600); // ySuperscriptYSize
          out.writeShort(0); // ySuperscriptXOffset
          out.writeShort(350); // ySuperscriptYOffset
          out.writeShort(50); // yStrikeoutSize
          out.writeShort(300); // yStrikeoutPosition
          out.writeShort(0); // sFamilyClass
          out.write(new byte[10]); // panose
          out.writeInt(0); // ulUnicodeRange1..4
          out.writeInt(0);
          out.writeInt(0);
          out.writeInt(0);
          out.write("NONE".getBytes(StandardCharsets.US_ASCII)); // achVendID
          out.writeShort(0x0040); // fsSelection: REGULAR
          out.writeShort(0x0020); // usFirstCharIndex
          out.writeShort(0xFFFF); // usLastCharIndex
          out.writeShort(ASCENT); // sTypoAscender
          out.writeShort(DESCENT); // sTypoDescender
          out.writeShort(0); // sTypoLineGap
          out.writeShort(ASCENT); // usWinAscent
          out.writeShort(-DESCENT); // usWinDescent
          out.writeInt(1); // ulCodePageRange1: Latin 1
          out.writeInt(0); // ulCodePageRange2
          out.writeShort(500); // sxHeight
          out.writeShort(ASCENT); // sCapHeight
          out.writeShort(0); // usDefaultChar
          out.writeShort(0x0020); // usBreakChar
          out.writeShort(1); // usMaxContext
        });
  }

  private static byte[] post() throws IOException {
    return table(
        out -> {
          out.writeInt(0x00030000); // version 3: no glyph names
          out.writeInt(0); // italicAngle
          out.writeShort(-100); // underlinePosition
          out.writeShort(50); // underlineThickness
          out.writeInt(1); // isFixedPitch
          out.writeLong(0); // min/max memory, 4 × uint32
          out.writeLong(0);
        });
  }
}
