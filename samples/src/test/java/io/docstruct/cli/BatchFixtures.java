package io.docstruct.cli;

import io.docstruct.testing.server.SampleResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** What the batch tests build their folders from and read their workbooks with. */
final class BatchFixtures {
  static final ObjectMapper JSON = new ObjectMapper();

  private BatchFixtures() {}

  /** The bundled CLOVA receipt with its total set to {@code 10,000 + 100 n} won, so each {@code n} differs. */
  static ObjectNode receiptTree(int n) throws IOException {
    ObjectNode root;
    try (InputStream in = SampleResponse.CLOVA_RECEIPT.open()) {
      root = (ObjectNode) JSON.readTree(in);
    }
    ObjectNode price = (ObjectNode) root.at("/images/0/receipt/result/totalPrice/price");
    int amount = 10_000 + n * 100;
    price.put("text", String.format("%,d", amount));
    ((ObjectNode) price.get("formatted")).put("value", Integer.toString(amount));
    return root;
  }

  /** {@link #receiptTree} as JSON bytes. */
  static byte[] receipt(int n) throws IOException {
    return JSON.writeValueAsBytes(receiptTree(n));
  }

  /**
   * A CLOVA General answer for a 200 × 400 scan of a 400 × 200 card fed sideways: its three lines of text
   * run down the image (each word's first vertex at its text's top-left corner, as CLOVA reports it).
   */
  static byte[] sidewaysScan() {
    List<String> fields = new ArrayList<>();
    String[][] lines = {{"주민등록증", "홍길동"}, {"서울특별시", "강남구"}, {"Seoul", "Korea"}};
    for (int l = 0; l < lines.length; l++) {
      int x = 20;
      for (int w = 0; w < lines[l].length; w++) {
        String text = lines[l][w];
        int width = 24 * text.length() + 20;
        int y = 20 + 60 * l;
        // Upright (x, y) on the card is (200 − y, x) on the scan, turned 90° clockwise.
        fields.add(
            """
            {"valueType":"ALL","inferText":"%s","inferConfidence":0.99,"type":"NORMAL","lineBreak":%s,
             "boundingPoly":{"vertices":[{"x":%d,"y":%d},{"x":%d,"y":%d},{"x":%d,"y":%d},{"x":%d,"y":%d}]}}"""
                .formatted(text, w == lines[l].length - 1,
                    200 - y, x, 200 - y, x + width, 170 - y, x + width, 170 - y, x));
        x += width + 20;
      }
    }
    return """
        {"version":"V2","requestId":"r-side","timestamp":1715849512087,"images":[{"uid":"u","name":"scan",
         "inferResult":"SUCCESS","message":"SUCCESS",
         "convertedImageInfo":{"width":200,"height":400,"pageIndex":0,"longImage":false},
         "fields":[%s]}]}"""
        .formatted(String.join(",", fields))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A sheet's column below its header row, as text. */
  static List<String> column(Sheet sheet, int column) {
    List<String> values = new ArrayList<>();
    for (Row row : sheet) {
      if (row.getRowNum() > 0) {
        values.add(row.getCell(column).toString());
      }
    }
    return values;
  }
}
