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

  private static StringBuilder vertex(StringBuilder sb, double x, double y) {
    return sb.append("{\"x\":")
        .append(String.format(Locale.ROOT, "%.4f", x))
        .append(",\"y\":")
        .append(String.format(Locale.ROOT, "%.4f", y))
        .append('}');
  }
}
