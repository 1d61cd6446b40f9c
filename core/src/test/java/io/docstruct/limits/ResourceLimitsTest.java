package io.docstruct.limits;

import static io.docstruct.testing.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.Word;
import io.docstruct.json.WireJson;
import io.docstruct.layout.LayoutEngine;
import io.docstruct.layout.StructuredDocument;
import io.docstruct.read.ResponseFormatException;
import io.docstruct.read.ResponseReader;
import io.docstruct.table.PageTable;
import io.docstruct.table.TableCsv;
import io.docstruct.table.TableGrids;
import io.docstruct.table.TableMarkdown;
import io.docstruct.table.TablesJson;
import io.docstruct.testing.GeneratedResponses;
import io.docstruct.verify.Verifier;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile responses (issue 12): each is processed in bounded memory and time, or refused with a typed
 * {@link ResponseFormatException}. The limits are {@link WireJson}'s; the README's reader table lists them.
 * The 200 MB and string cases also run in the 64 MB JVM ({@link SmallHeapLimitsTest}).
 */
class ResourceLimitsTest {
  private static final ResponseReader READER = ResponseReader.create();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void a200MegabyteResponseIsRefusedFromAFileBeforeReadingAndFromAStreamAtTheLimit(@TempDir Path dir)
      throws Exception {
    // About 1.6 million words, written as a stream: never a 200 MB string.
    Path file = GeneratedResponses.words(dir.resolve("big.json"), 1_600_000, 1000);
    assertThat(Files.size(file)).isGreaterThan(200_000_000L);

    assertThatThrownBy(() -> READER.read(file)).satisfies(e -> assertLimit(e, "document length"));
    try (InputStream in = Files.newInputStream(file)) {
      assertThatThrownBy(() -> READER.read(in, "big.json"))
          .satisfies(e -> assertLimit(e, "document length"));
    }
  }

  @Test
  void aMillionWordPageReadsAndLaysOut(@TempDir Path dir) throws Exception {
    Path file = GeneratedResponses.words(dir.resolve("million.json"), 1_000_000, 1000);
    assertThat(Files.size(file)).isLessThan(WireJson.MAX_DOCUMENT_LENGTH);

    OcrDocument doc = READER.read(file);
    assertThat(doc.pages().get(0).words()).hasSize(1_000_000);
    StructuredDocument s = LayoutEngine.create().structure(doc);
    assertThat(s.text().lines().count()).isEqualTo(1000);
  }

  /**
   * Words stacked on one spot each open a line segment; every word used to look at all of them, and 200,000
   * such words took minutes. Scattered words are the other hostile placement.
   */
  @Test
  void twoHundredThousandStackedOrScatteredWordsLayOut(@TempDir Path dir) throws Exception {
    for (GeneratedResponses.Placement placement :
        List.of(GeneratedResponses.Placement.STACKED, GeneratedResponses.Placement.SCATTERED)) {
      Path file = GeneratedResponses.words(dir.resolve(placement + ".json"), 200_000, 1000, placement);
      OcrDocument doc = READER.read(file);
      StructuredDocument s = LayoutEngine.create().structure(doc);
      assertThat(s.pages().get(0).blocks().stream().mapToLong(b -> b.lines().stream()
              .mapToLong(l -> l.words().size()).sum()).sum())
          .isEqualTo(200_000);
    }
  }

  @Test
  void deepNestingIsRefusedAtTheLimit() {
    // Where the reader skips (an unknown key) or keeps a tree, the depth limit stops it.
    String objects = "{\"a\":".repeat(100_000) + "1";
    String arrays = "[".repeat(100_000);
    for (String input :
        List.of("{\"x\":" + objects, "{\"x\":" + arrays, "{\"images\":[{\"x\":" + arrays)) {
      assertThatThrownBy(() -> READER.read(input.getBytes(StandardCharsets.UTF_8), "deep.json"))
          .satisfies(e -> assertLimit(e, "nesting depth"));
    }
    // Where a typed value is expected, the wrong type is refused first, a few levels down.
    for (String input : List.of("{\"images\":" + arrays, "{\"images\":[{\"fields\":" + arrays, arrays)) {
      assertThatThrownBy(() -> READER.read(input.getBytes(StandardCharsets.UTF_8), "deep.json"))
          .isInstanceOf(ResponseFormatException.class);
    }
  }

  @Test
  void aTenMillionDigitNumberIsRefusedWhereverItStands() {
    String digits = "9".repeat(10_000_000);
    List<String> places =
        List.of(
            "{\"images\":[{\"convertedImageInfo\":{\"width\":" + digits + "}}]}",
            "{\"unknown\":" + digits + "}",
            "{\"images\":[{\"fields\":[{\"boundingPoly\":{\"vertices\":[{\"x\":0." + digits + "}]}}]}]}");
    for (String place : places) {
      assertThatThrownBy(() -> READER.read(place.getBytes(StandardCharsets.US_ASCII), "number.json"))
          // Jackson stops buffering the digits at the string limit, long before the number limit applies.
          .satisfies(e -> assertLimit(e, "value length"));
    }
  }

  @Test
  void aLongStringIsRefusedInAResponse() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write("{\"images\":[{\"fields\":[{\"inferText\":\"".getBytes(StandardCharsets.US_ASCII));
    out.write("a".repeat(WireJson.MAX_RESPONSE_STRING_LENGTH + 1).getBytes(StandardCharsets.US_ASCII));
    out.write("\"}]}]}".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> READER.read(out.toByteArray(), "string.json"))
        .satisfies(e -> assertLimit(e, "String value length"));
  }

  @Test
  void bareNanIsMalformedJson() {
    assertThatThrownBy(() -> READER.read(word("NaN", "0"), "nan.json"))
        .isInstanceOfSatisfying(
            ResponseFormatException.class,
            e -> assertThat(e.reason()).isEqualTo(ResponseFormatException.Reason.MALFORMED_JSON));
  }

  @Test
  void infiniteAndQuotedNanCoordinatesLeaveTheWordOffThePageWithAWarning() {
    for (byte[] input : List.of(word("1e999", "0"), word("-1e999", "1e999"), word("\"NaN\"", "0"))) {
      OcrDocument doc = READER.read(input, "infinite.json");
      Word w = doc.pages().get(0).words().get(0);
      assertThat(w.polygon() == null || w.polygon().allFinite()).isTrue();
      assertThat(doc.warnings()).isNotEmpty();
      everyStage(doc);
    }
  }

  @Test
  void polygonsOfThreeOrFiveVerticesBecomeTheirBoundingBox() {
    byte[] three =
        json(
            "{'images':[{'fields':[{'inferText':'three','boundingPoly':{'vertices':"
                + "[{'x':0,'y':0},{'x':10,'y':0},{'x':10,'y':8}]}},"
                + "{'inferText':'five','boundingPoly':{'vertices':"
                + "[{'x':20,'y':0},{'x':30,'y':0},{'x':32,'y':4},{'x':30,'y':8},{'x':20,'y':8}]}}]}]}");
    OcrDocument doc = READER.read(three, "odd.json");
    List<Word> words = doc.pages().get(0).words();
    assertThat(words).extracting(w -> w.polygon().bounds().width()).containsExactly(10.0, 12.0);
    assertThat(doc.warnings()).filteredOn(w -> w.message().contains("bounding box")).hasSize(2);
    assertThat(everyStage(doc).text()).isEqualTo("three five");
  }

  @Test
  void zeroAreaAndInvertedBoxesAreLaidOut() {
    byte[] input =
        json(
            "{'images':[{'fields':["
                + "{'inferText':'point','boundingPoly':{'vertices':[{'x':55,'y':75},{'x':55,'y':75},{'x':55,'y':75},{'x':55,'y':75}]}},"
                + "{'inferText':'flat','boundingPoly':{'vertices':[{'x':0,'y':9},{'x':50,'y':9},{'x':50,'y':9},{'x':0,'y':9}]}},"
                + "{'inferText':'inverted','boundingPoly':{'vertices':[{'x':90,'y':40},{'x':60,'y':40},{'x':60,'y':30},{'x':90,'y':30}]}}"
                + "],'tables':[{'cells':[{'rowIndex':0,'columnIndex':0,'rowSpan':1,'columnSpan':1,"
                + "'boundingPoly':{'vertices':[{'x':9,'y':9},{'x':1,'y':9},{'x':1,'y':1},{'x':9,'y':1}]},"
                + "'cellTextLines':[{'cellWords':[{'inferText':'cell'}]}]}]}]}]}");
    OcrDocument doc = READER.read(input, "degenerate.json");
    assertThat(doc.pages().get(0).words()).hasSize(3);
    assertThat(everyStage(doc).text()).contains("point", "flat", "inverted");
  }

  @Test
  void tableIndexesNearIntegerMaxCostOneRowOrColumnEach() {
    int max = Integer.MAX_VALUE;
    byte[] input =
        json(
            "{'images':[{'tables':[{'cells':["
                + cell(0, 0, 1, 1, "a")
                + ","
                + cell(max, 0, max, 1, "far")
                + ","
                + cell(0, max - 1, 5, max, "wide")
                + ","
                + cell(Integer.MIN_VALUE, -1, 0, 0, "negative")
                + ","
                + cell(max - 1, max - 1, max, max, "corner")
                + "]}]}]}");
    OcrDocument doc = READER.read(input, "indexes.json");
    List<PageTable> tables = TableGrids.of(doc);
    assertThat(tables).hasSize(1);
    assertThat(tables.get(0).grid().rowCount()).isLessThan(10);
    assertThat(tables.get(0).grid().columnCount()).isLessThan(10);
    assertThat(TableCsv.render(tables)).contains("a", "far", "wide", "negative", "corner");
    everyStage(doc);
  }

  @Test
  void indexesBeyondIntAreAWrongValueType() {
    byte[] input = json("{'images':[{'tables':[{'cells':[{'rowIndex':2147483648,'columnIndex':0}]}]}]}");
    assertThatThrownBy(() -> READER.read(input, "beyond.json"))
        .isInstanceOfSatisfying(
            ResponseFormatException.class,
            e -> assertThat(e.jsonPath()).isEqualTo("$.images[0].tables[0].cells[0].rowIndex"));
  }

  /** Layout, tables with their renderers and verification: none may throw. */
  private static StructuredDocument everyStage(OcrDocument doc) {
    StructuredDocument s = LayoutEngine.create().structure(doc);
    s.markdown();
    List<PageTable> tables = TableGrids.of(doc);
    TableMarkdown.render(tables);
    TablesJson.of(tables).toJson();
    Verifier.create(CLOCK).verify(doc);
    for (Page p : doc.pages()) {
      LayoutEngine.create().structure(p);
    }
    return s;
  }

  private static String cell(int row, int column, int rowSpan, int columnSpan, String text) {
    return "{'rowIndex':" + row + ",'columnIndex':" + column + ",'rowSpan':" + rowSpan
        + ",'columnSpan':" + columnSpan + ",'cellTextLines':[{'cellWords':[{'inferText':'" + text
        + "'}]}]}";
  }

  private static byte[] word(String x, String y) {
    return ("{\"images\":[{\"convertedImageInfo\":{\"width\":100,\"height\":100},\"fields\":["
            + "{\"inferText\":\"odd\",\"boundingPoly\":{\"vertices\":[{\"x\":" + x + ",\"y\":" + y
            + "},{\"x\":10,\"y\":0},{\"x\":10,\"y\":8},{\"x\":0,\"y\":8}]}}]}]}")
        .getBytes(StandardCharsets.US_ASCII);
  }

  static void assertLimit(Throwable e, String what) {
    assertThat(e).isInstanceOf(ResponseFormatException.class);
    ResponseFormatException f = (ResponseFormatException) e;
    assertThat(f.reason()).isEqualTo(ResponseFormatException.Reason.LIMIT_EXCEEDED);
    assertThat(f.getMessage()).containsIgnoringCase(what);
  }
}
