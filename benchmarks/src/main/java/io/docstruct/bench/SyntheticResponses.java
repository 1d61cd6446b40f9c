package io.docstruct.bench;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates CLOVA General V2 responses of any size, shaped like real ones: float coordinates with artefacts,
 * 8-decimal confidences, {@code lineBreak} on the last word of each line, Korean and numeric words, and
 * {@code convertedImageInfo}. Deterministic for a given seed.
 *
 * <pre>{@code
 * byte[] json = SyntheticResponses.generalV2(5_000, 42);
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
      sb.append("{\"valueType\":\"ALL\",\"boundingPoly\":{\"vertices\":[");
      vertex(sb, x, y).append(',');
      vertex(sb, x + w, y).append(',');
      vertex(sb, x + w, y + h).append(',');
      vertex(sb, x, y + h);
      sb.append("]},\"inferText\":\"")
          .append(WORDS[random.nextInt(WORDS.length)])
          .append("\",\"inferConfidence\":")
          .append(String.format(Locale.ROOT, "%.8f", 0.9 + random.nextDouble() * 0.0999))
          .append(",\"type\":\"NORMAL\",\"lineBreak\":")
          .append(column == 9 || i == words - 1)
          .append('}');
    }
    sb.append("]}]}");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A General V2 response with {@code words} words on one page in two text columns whose baselines line up:
   * five words to a column line, words about four heights wide and a third of a height apart, a gutter of
   * about 1.3 heights (narrower than the line chainer's word gap, so every row chains across it until the
XX
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
      sb.append("{\"valueType\":\"ALL\",\"boundingPoly\":{\"vertices\":[");
      vertex(sb, x, y).append(',');
      vertex(sb, x + w, y).append(',');
      vertex(sb, x + w, y + h).append(',');
      vertex(sb, x, y + h);
      sb.append("]},\"inferText\":\"")
          .append(PROSE[random.nextInt(PROSE.length)])
          .append("\",\"inferConfidence\":")
          .append(String.format(Locale.ROOT, "%.8f", 0.9 + random.nextDouble() * 0.0999))
          .append(",\"type\":\"NORMAL\",\"lineBreak\":")
          .append(inLine == 4 || i == words - 1)
          .append('}');
    }
    sb.append("]}]}");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static StringBuilder vertex(StringBuilder sb, double x, double y) {
    return sb.append("{\"x\":")
        .append(String.format(Locale.ROOT, "%.4f", x))
        .append(",\"y\":")
        .append(String.format(Locale.ROOT, "%.4f", y))
        .append('}');
  }
}
