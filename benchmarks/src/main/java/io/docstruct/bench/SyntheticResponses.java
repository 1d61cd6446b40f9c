package io.docstruct.bench;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates CLOVA General V2 responses of any size, shaped like real ones: float coordinates with artefacts,
 * 8-decimal confidences, {@code lineBreak} on the last word of each line, Korean and numeric words, and
 * {@code convertedImageInfo}; and Document OCR receipts of any length. Deterministic for a given seed.
 *
 * <pre>{@code
 * byte[] json = SyntheticResponses.generalV2(5_000, 42);
 * byte[] receipt = SyntheticResponses.receipt(100, 42);
 * }</pre>
 */
public final class SyntheticResponses {
  private static final String[] WORDS = {
    "합계", "부가세", "공급가액", "카드", "승인번호", "아메리카노", "1,600", "16.960", "3,984원", "수량",
    "단가", "금액", "서울특별시", "강남구", "테헤란로", "2024-03-15", "14:22", "신한", "영수증", "감사합니다"
  };

  private static final String[] PROSE = {
    "문서를", "읽는", "순서는", "사람이", "정합니다", "오늘", "우리는", "새로운", "방법으로", "정리합니다",
    "두", "단의", "글은", "왼쪽부터", "끝까지", "읽고", "오른쪽으로", "넘어갑니다", "결과", "보고서"
  };

  private SyntheticResponses() {}

  /** A General V2 response with {@code words} words on one page, ten words to a line. */
  public static byte[] generalV2(int words, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder(words * 420);
    sb.append("{\"version\":\"V2\",\"requestId\":\"bench\",\"timestamp\":1700000000000,\"images\":[{")
        .append("\"uid\":\"b\",\"name\":\"bench\",\"inferResult\":\"SUCCESS\",\"message\":\"SUCCESS\",")
        .append("\"validationResult\":{\"result\":\"NO_REQUESTED\"},")
        .append("\"convertedImageInfo\":{\"width\":2480,\"height\":3508,\"pageIndex\":0,\"longImage\":false},")
        .append("\"fields\":[");
    for (int i = 0; i < words; i++) {
      int line = i / 10;
      int column = i % 10;
      double x = 40 + column * 240 + random.nextDouble() * 4;
      double y = 60 + line * 36 + random.nextDouble() * 3;
      double w = 180 + random.nextDouble() * 40;
      double h = 28 + random.nextDouble() * 4;
      if (i > 0) {
        sb.append(',');
      }
      field(sb, x, y, w, h, WORDS[random.nextInt(WORDS.length)], random, column == 9 || i == words - 1);
    }
    sb.append("]}]}");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A Document OCR receipt answer shaped like the real King Mart one: store name, business number, a
   * two-line address of six polygons listed by x (as CLOVA does), phone, date and time, then {@code items}
   * items (a two-polygon name, a code, unit price, count and price on the line below), and the total.
   */
  public static byte[] receipt(int items, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder(2_000 + items * 1_600);
    sb.append("{\"version\":\"V2\",\"requestId\":\"bench\",\"timestamp\":1700000000000,\"images\":[{")
        .append("\"uid\":\"b\",\"name\":\"bench\",\"inferResult\":\"SUCCESS\",\"message\":\"SUCCESS\",")
        .append("\"receipt\":{\"meta\":{\"estimatedLanguage\":\"ko\"},\"result\":{\"storeInfo\":{\"name\":");
    value(sb, random, "(주)킹마트", 130, 140, 100);
    sb.append(",\"bizNum\":");
    value(sb, random, "286-81-01771", 234, 183, 120);
    sb.append(",\"addresses\":[");
    value(sb, random, "경기 고양시 일산서구 중앙로1391 레이크타운 지하1층",
        new double[][] {{133, 250, 104}, {235, 229, 40}, {243, 252, 74}, {282, 231, 62}, {351, 230, 81},
          {438, 231, 102}});
    sb.append("],\"tel\":[");
    value(sb, random, "031-916-9200", 232, 277, 125);
    sb.append("]},\"paymentInfo\":{\"date\":");
    value(sb, random, "20-09-26", 191, 374, 88);
    sb.append(",\"time\":");
    value(sb, random, "18: 14", new double[][] {{283, 375, 32}, {313, 374, 92}});
    sb.append("},\"subResults\":[{\"items\":[");
    for (int i = 0; i < items; i++) {
      double y = 472 + i * 52;
      if (i > 0) {
        sb.append(',');
      }
      sb.append("{\"name\":");
      value(sb, random, WORDS[random.nextInt(WORDS.length)] + " 750ml", new double[][] {{159, y, 108}, {273, y, 54}});
      sb.append(",\"code\":");
      value(sb, random, Long.toString(8_800_000_000_000L + random.nextInt(1_000_000_000)), 156, y + 25, 144);
      sb.append(",\"count\":");
      value(sb, random, "2", 424, y + 25, 17);
      sb.append(",\"price\":{\"price\":");
      value(sb, random, "2,600", 473, y + 22, 61);
      sb.append(",\"unitPrice\":");
      value(sb, random, "1,300", 324, y + 24, 56);
      sb.append("}}");
    }
    sb.append("]}],\"totalPrice\":{\"price\":");
    value(sb, random, "10,540", 412, 500 + items * 52, 133);
    sb.append("}}}}]}");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A value with one polygon at {@code x, y}, {@code width} wide. */
  private static void value(StringBuilder sb, SplittableRandom random, String text, double x, double y, double width) {
    value(sb, random, text, new double[][] {{x, y, width}});
  }

  /** A value with one polygon per {@code {x, y, width}}, 26 pixels high, coordinates jittered. */
  private static void value(StringBuilder sb, SplittableRandom random, String text, double[][] polygons) {
    sb.append("{\"text\":\"").append(text).append("\",\"formatted\":{\"value\":\"").append(text)
        .append("\"},\"boundingPolys\":[");
    for (int p = 0; p < polygons.length; p++) {
      double x = polygons[p][0] + random.nextDouble();
      double y = polygons[p][1] + random.nextDouble();
      double w = polygons[p][2];
      sb.append(p == 0 ? "" : ",").append("{\"vertices\":[");
      vertex(sb, x, y).append(',');
      vertex(sb, x + w, y).append(',');
      vertex(sb, x + w, y + 26).append(',');
      vertex(sb, x, y + 26);
      sb.append("]}");
    }
    sb.append("],\"maskingPolys\":[]}");
  }

  /**
   * A General V2 response with {@code words} words on one page in two text columns whose baselines line up:
   * five words to a column line, words about four heights wide and a third of a height apart, a gutter of
   * about 1.3 heights (narrower than the line chainer's word gap, so every row chains across it until the
   * page's column gutters are found).
   */
  public static byte[] generalV2TwoColumns(int words, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder(words * 420);
    sb.append("{\"version\":\"V2\",\"requestId\":\"bench\",\"timestamp\":1700000000000,\"images\":[{")
        .append("\"uid\":\"b\",\"name\":\"bench\",\"inferResult\":\"SUCCESS\",\"message\":\"SUCCESS\",")
        .append("\"validationResult\":{\"result\":\"NO_REQUESTED\"},")
        .append("\"convertedImageInfo\":{\"width\":2480,\"height\":3508,\"pageIndex\":0,\"longImage\":false},")
        .append("\"fields\":[");
    double columnWidth = 5 * 120 + 4 * 10;
    for (int i = 0; i < words; i++) {
      int row = i / 10;
      int column = i % 10 / 5;
      int inLine = i % 5;
      double x = 40 + column * (columnWidth + 40) + inLine * 130 + random.nextDouble() * 3;
      double y = 60 + row * 45 + random.nextDouble() * 2;
      double w = 112 + random.nextDouble() * 8;
      double h = 29 + random.nextDouble() * 2;
      if (i > 0) {
        sb.append(',');
      }
      field(sb, x, y, w, h, PROSE[random.nextInt(PROSE.length)], random, inLine == 4 || i == words - 1);
    }
    sb.append("]}]}");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One General V2 field: an axis-aligned box, its text, a confidence drawn from {@code random}, its lineBreak. */
  private static void field(
      StringBuilder sb, double x, double y, double w, double h, String text, SplittableRandom random, boolean lineBreak) {
    sb.append("{\"valueType\":\"ALL\",\"boundingPoly\":{\"vertices\":[");
    vertex(sb, x, y).append(',');
    vertex(sb, x + w, y).append(',');
    vertex(sb, x + w, y + h).append(',');
    vertex(sb, x, y + h);
    sb.append("]},\"inferText\":\"")
        .append(text)
        .append("\",\"inferConfidence\":")
        .append(String.format(Locale.ROOT, "%.8f", 0.9 + random.nextDouble() * 0.0999))
        .append(",\"type\":\"NORMAL\",\"lineBreak\":")
        .append(lineBreak)
        .append('}');
  }

  private static StringBuilder vertex(StringBuilder sb, double x, double y) {
    return sb.append("{\"x\":")
        .append(String.format(Locale.ROOT, "%.4f", x))
        .append(",\"y\":")
        .append(String.format(Locale.ROOT, "%.4f", y))
        .append('}');
  }
}
