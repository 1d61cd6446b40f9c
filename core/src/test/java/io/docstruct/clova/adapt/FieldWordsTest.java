package io.docstruct.clova.adapt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.Word;
import io.docstruct.document.fields.NamedField;
import io.docstruct.geometry.Box;
import io.docstruct.layout.LayoutEngine;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Words derived from Document OCR values: what {@code docstruct text}, layout and the text layer see. */
class FieldWordsTest {
  private static final String KING_MART = "fixtures/clova/document/receipt-kingmart.json";

  private static OcrDocument read(String resource) {
    return ResponseReader.create().read(Fixtures.bytes(resource), resource);
  }

  private static OcrDocument readJson(String singleQuoted) {
    return ResponseReader.create().read(Fixtures.json(singleQuoted), "inline.json");
  }

  private static List<String> lines(OcrDocument doc) {
    return LayoutEngine.create().structure(doc).text().lines().filter(l -> !l.isBlank()).toList();
  }

  private static Word word(Page page, String text) {
    return page.words().stream()
        .filter(w -> w.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no word " + text + " in " + page.words()));
  }

  /** A one-image receipt answer whose result is {@code result} (single quotes for double quotes). */
  private static String receipt(String result) {
    return "{'version':'V2','requestId':'r','timestamp':1,'images':[{'inferResult':'SUCCESS',"
        + "'receipt':{'result':" + result + "}}]}";
  }

  /** A value with {@code text} and one rectangle per {@code x0,x1} pair on the band y0..y1. */
  private static String value(String text, int y0, int y1, int... xs) {
    StringBuilder polys = new StringBuilder();
    for (int i = 0; i < xs.length; i += 2) {
      polys.append(i == 0 ? "" : ",").append(rectangle(xs[i], y0, xs[i + 1], y1));
    }
    return "{'text':'" + text + "','boundingPolys':[" + polys + "]}";
  }

  private static String rectangle(double left, double top, double right, double bottom) {
    return "{'vertices':[{'x':" + left + ",'y':" + top + "},{'x':" + right + ",'y':" + top + "},{'x':"
        + right + ",'y':" + bottom + "},{'x':" + left + ",'y':" + bottom + "}]}";
  }

  @Test
  void aRealReceiptAnswerReadsAsTheReceiptIsPrinted() {
    OcrDocument doc = read(KING_MART);

    List<String> lines = lines(doc);

    // A real CLOVA receipt answer (a King Mart receipt): store, address over two printed lines, payment,
    // each item's name above its code, unit price, count and amount, then the total.
    assertThat(lines.get(0)).isEqualTo("(주)킹마트");
    assertThat(lines)
        .containsSubsequence(
            "(주)킹마트",
            "경기 고양시 일산서구 중앙로1391",
            "레이크타운 지하1층",
            "031-916-9200",
            "20-09-26 18: 14",
            "공주알밤술 750ml",
            "8809409970097 1,300 2 2,600",
            "웰치소다포도 1.5L",
            "8801043034722 1,980 1 1,980",
            "상추 1봉",
            "22001429 1,980 1 1,980",
            "팔도)비빔면멀티팩 5입",
            "8801128503051 3,980 1 3,980",
            "10,540");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("10,540");
  }

  @Test
  void aValueWithOnePolygonPerPrintedWordGivesOneWordPerPolygonInReadingOrder() {
    Page page = read(KING_MART).pages().get(0);

    // The address has six polygons, listed by x across its two printed lines: 레이크타운 (x 133, second
    // line) comes first on the wire, 경기 (x 235, first line) second. Tokens go to polygons in reading order.
    List<Word> address =
        page.words().stream().filter(w -> "storeInfo.address[0]".equals(w.derivedFrom())).toList();
    assertThat(address)
        .extracting(Word::text)
        .containsExactly("경기", "고양시", "일산서구", "중앙로1391", "레이크타운", "지하1층");
    assertThat(word(page, "경기").polygon().bounds().left()).isEqualTo(235);
    assertThat(word(page, "레이크타운").polygon().bounds().left()).isEqualTo(133);
    assertThat(word(page, "지하1층").polygon().bounds().left()).isEqualTo(242);
    assertThat(word(page, "750ml").polygon().bounds().left()).isEqualTo(273);
    assertThat(word(page, "공주알밤술").derivedFrom()).isEqualTo("subResults[0].items[0].name");
  }

  @Test
  void everyDerivedWordIsMarkedAndTakesItsValuesConfidence() {
    Page kingMart = read(KING_MART).pages().get(0);
    Page medical = read("fixtures/clova/document/medical-receipt.json").pages().get(0);

    assertThat(kingMart.words()).isNotEmpty().allSatisfy(w -> assertThat(w.derived()).isTrue());
    assertThat(kingMart.words()).allSatisfy(w -> assertThat(w.confidence()).isNull()); // none on the wire
    assertThat(kingMart.words()).allSatisfy(w -> assertThat(w.lineBreak()).isNull()); // layout decides
    assertThat(word(medical, "53435").confidence()).isEqualTo(0.9542916);
    assertThat(word(medical, "53435").derivedFrom()).isEqualTo("result[0].valueText");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "receipt-kingmart.json", "receipt.json", "receipt-items-only.json", "receipt-subtotal.json",
        "credit-card.json", "name-card.json", "biz-license.json", "id-card.json", "id-card-IDType.json",
        "medical-receipt.json"
      })
  void noTextOfAnyValueIsLost(String fixture) {
    Page page = read("fixtures/clova/document/" + fixture).pages().get(0);

    String words = page.words().stream().map(Word::text).collect(Collectors.joining(" "));
    List<String> wordTexts = page.words().stream().map(Word::text).toList();
    assertThat(page.fields()).isNotNull();
    for (NamedField named : page.fields().namedFields()) {
      for (String token : named.field().text().strip().split("\\s+")) {
        if (!token.isEmpty()) {
          assertThat(words).as(named.name()).contains(token);
        }
      }
    }
    assertThat(wordTexts).allSatisfy(t -> assertThat(t).isNotBlank());
  }

  @Test
  void moreTokensThanPolygonsShareThePolygonsByEstimatedWidth() {
    // "아이스 아메리카노" is eight Hangul characters wide, "(L)" three narrow ones: the first polygon is 180
    // pixels wide, the second 40, so the cut falls after 아메리카노.
    Page page =
        readJson(receipt("{'subResults':[{'items':[{'name':" + value("아이스 아메리카노 (L)", 10, 40, 0, 180, 190, 230)
            + "}]}]}")).pages().get(0);

    assertThat(page.words()).extracting(Word::text).containsExactly("아이스 아메리카노", "(L)");
    assertThat(page.words().get(0).polygon().bounds()).isEqualTo(new Box(0, 10, 180, 40));
    assertThat(page.words().get(1).polygon().bounds()).isEqualTo(new Box(190, 10, 230, 40));
  }

  @Test
  void fewerTokensThanPolygonsMergeNeighbouringPolygonsUnderOneToken() {
    // OCR split 공주알밤술 in two polygons; the text has two tokens for three polygons.
    Page page =
        readJson(receipt("{'subResults':[{'items':[{'name':" + value("공주알밤술 750ml", 10, 40, 0, 40, 45, 105, 110, 160)
            + "}]}]}")).pages().get(0);

    assertThat(page.words()).extracting(Word::text).containsExactly("공주알밤술", "750ml");
    assertThat(page.words().get(0).polygon().bounds()).isEqualTo(new Box(0, 10, 105, 40));
    assertThat(page.words().get(1).polygon().bounds()).isEqualTo(new Box(110, 10, 160, 40));
  }

  @Test
  void unicodeSpacesSeparateTokensAndWhitespaceRunsBecomeOneSpace() {
    Page page =
        readJson(receipt("{'storeInfo':{'addresses':[" + value("서울\u3000마포구", 10, 40, 0, 40, 50, 110) + ","
            + value(" 양화로\u00a0\u00a045  ", 50, 80, 0, 120) + "]}}")).pages().get(0);

    assertThat(page.words()).extracting(Word::text).containsExactly("서울", "마포구", "양화로 45");
  }

  @Test
  void oneTokenOverSeveralPolygonsBecomesOneWordAroundThemAll() {
    Page page =
        readJson(receipt("{'totalPrice':{'price':" + value("10,540", 10, 40, 0, 30, 32, 60) + "}}"))
            .pages().get(0);

    assertThat(page.words()).singleElement().satisfies(w -> {
      assertThat(w.text()).isEqualTo("10,540");
      assertThat(w.polygon().bounds()).isEqualTo(new Box(0, 10, 60, 40));
    });
  }

  @Test
  void polygonsOfAQuarterTurnedPageAreOrderedAlongTheirOwnBaseline() {
    // The page was photographed turned: text runs down the page, so each polygon's first vertex is its
    // top-right on the page (the top-left of the text) and the second word lies below the first.
    String first = "{'vertices':[{'x':60,'y':0},{'x':60,'y':80},{'x':30,'y':80},{'x':30,'y':0}]}";
    String second = "{'vertices':[{'x':60,'y':90},{'x':60,'y':200},{'x':30,'y':200},{'x':30,'y':90}]}";
    Page page =
        readJson(receipt("{'storeInfo':{'addresses':[{'text':'마포구 양화로45','boundingPolys':[" + second + ","
            + first + "]}]}}")).pages().get(0);

    assertThat(page.words()).extracting(Word::text).containsExactly("마포구", "양화로45");
    assertThat(page.words().get(0).polygon().bounds().top()).isZero();
    assertThat(page.words().get(1).polygon().bounds().top()).isEqualTo(90);
  }

  @Test
  void oneRegionReportedByTwoValuesGivesOneWord() {
    // Two medical receipt values under the same key cells: each key cell is one printed word.
    String keyA = "{'boundingPoly':" + rectangle(300, 10, 600, 30) + ",'value':'선택항목','group':'column'}";
    String keyB = "{'boundingPoly':" + rectangle(500, 34, 600, 50) + ",'value':'계','group':'row'}";
    String keyC = "{'boundingPoly':" + rectangle(300, 34, 400, 50) + ",'value':'계','group':'row'}";
    String json =
        "{'version':'V2','requestId':'r','timestamp':1,'images':[{'inferResult':'SUCCESS','medicalReceipt':"
            + "{'result':[{'id':1,'valueText':'100','keyCells':[" + keyA + "," + keyB + "],'valueCell':"
            + "{'boundingPoly':" + rectangle(500, 60, 600, 80) + ",'value':'100'}},{'id':2,'valueText':'200',"
            + "'keyCells':[" + keyA + "," + keyC + "],'valueCell':{'boundingPoly':" + rectangle(300, 60, 400, 80)
            + ",'value':'200'}}]}}]}";

    Page page = readJson(json).pages().get(0);

    // 선택항목 once; 계 twice, since the two 계 cells are different printed cells.
    assertThat(page.words()).extracting(Word::text).containsExactlyInAnyOrder("선택항목", "계", "계", "100", "200");
  }

  @Test
  void theSameTextPrintedInDifferentPlacesIsKeptEachTime() {
    Page page = read(KING_MART).pages().get(0);

    // 1,980 is the unit price and the price of two items: four printed numbers.
    assertThat(page.words()).filteredOn(w -> w.text().equals("1,980")).hasSize(4);
  }

  @Test
  void aPassportAnswerHasNoGeometrySoItsWordsAreTheMrzLinesUnplaced() {
    Page page = read("fixtures/clova/document/passport.json").pages().get(0);

    assertThat(page.words())
        .extracting(Word::text)
        .containsExactly(
            "PMKORHONG<<GILSOON<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
            "M123A45670KOR8702010F3008150V20000000000000000");
    assertThat(page.words()).allSatisfy(w -> {
      assertThat(w.polygon()).isNull();
      assertThat(w.lineBreak()).isTrue();
      assertThat(w.derivedFrom()).isEqualTo("passportResult.mrzLines");
    });
    assertThat(lines(read("fixtures/clova/document/passport.json"))).hasSize(2);
  }

  @Test
  void aValueWithoutPolygonsIsKeptAsAnUnplacedWordOnItsOwnLine() {
    Page page = read("fixtures/clova/document/receipt-items-only.json").pages().get(0);

    Word unplaced = word(page, "새우깡");
    assertThat(unplaced.polygon()).isNull();
    assertThat(unplaced.lineBreak()).isTrue();
    assertThat(lines(read("fixtures/clova/document/receipt-items-only.json"))).contains("새우깡", "3,984원");
  }

  @Test
  void wordsTheProviderGaveAreKeptAndNothingIsDerived() {
    String json =
        "{'version':'V2','requestId':'r','timestamp':1,'images':[{'inferResult':'SUCCESS','fields':[{'inferText':"
            + "'합계','boundingPoly':" + rectangle(0, 0, 40, 20) + ",'lineBreak':true}],'receipt':{'result':"
            + "{'totalPrice':{'price':" + value("1,000", 0, 20, 50, 90) + "}}}}]}";

    Page page = readJson(json).pages().get(0);

    assertThat(page.words()).singleElement().satisfies(w -> {
      assertThat(w.text()).isEqualTo("합계");
      assertThat(w.derived()).isFalse();
    });
  }

  @Test
  void theTextDoesNotDependOnTheOrderOfTheValues() throws Exception {
    var tree = Fixtures.read(KING_MART, com.fasterxml.jackson.databind.node.ObjectNode.class);
    var items =
        (com.fasterxml.jackson.databind.node.ArrayNode)
            tree.at("/images/0/receipt/result/subResults/0/items");
    List<com.fasterxml.jackson.databind.JsonNode> shuffled = new ArrayList<>();
    items.forEach(shuffled::add);
    Collections.shuffle(shuffled, new Random(16));
    Collections.swap(shuffled, 0, shuffled.size() - 1);
    items.removeAll();
    shuffled.forEach(items::add);
    byte[] json = tree.toString().getBytes(StandardCharsets.UTF_8);

    OcrDocument reordered = ResponseReader.create().read(json, "shuffled.json");

    assertThat(lines(reordered)).isEqualTo(lines(read(KING_MART)));
  }

  @Test
  void aHostileAnswerOfManyIdenticalValuesStaysCorrect() {
    StringBuilder tel = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      tel.append(i == 0 ? "" : ",").append(value("02-120", 10, 30, 0, 80));
    }
    for (int i = 0; i < 2_000; i++) {
      tel.append(',').append(value("02-120", 40 + 30 * i, 60 + 30 * i, 0, 80));
    }

    Page page = readJson(receipt("{'storeInfo':{'tel':[" + tel + "]}}")).pages().get(0);

    // 20,000 reports of one printed number are one word; 2,000 numbers printed one under another stay.
    assertThat(page.words()).hasSize(2_001);
  }

  @Test
  void cutsFollowTheGroupsShares() {
    assertThat(FieldWords.cuts(new double[] {3, 5, 1.65}, new double[] {180, 40})).containsExactly(2, 3);
    assertThat(FieldWords.cuts(new double[] {1, 1, 1, 1}, new double[] {1, 1, 1, 1})).containsExactly(1, 2, 3, 4);
    // every group gets at least one item, even when the shares say otherwise
    assertThat(FieldWords.cuts(new double[] {10, 1, 1}, new double[] {1, 1, 100})).containsExactly(1, 2, 3);
    assertThat(FieldWords.cuts(new double[] {0, 0, 0, 0}, new double[] {0, 0})).containsExactly(2, 4); // no widths: even shares
    assertThat(FieldWords.estimatedWidth("공주750ml")).isCloseTo(2 + 5 * 0.55, within(1e-9));
  }
}
