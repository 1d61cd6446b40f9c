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
