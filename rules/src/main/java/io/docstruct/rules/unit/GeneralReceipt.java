package io.docstruct.rules.unit;

import io.docstruct.rules.entity.BusinessNumber;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.LineItem;
import io.docstruct.rules.entity.Merchant;
import io.docstruct.rules.entity.Money;
import io.docstruct.table.TableGrid;
import io.docstruct.table.TableRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the few fields a receipt printed on any General OCR page reliably shows, by the Korean key words
 * before them. Only a line's last amount counts ({@code 합계 5,050}), so quantities before it are skipped.
 * Line items come from a table the provider detected whose header names an item ({@code 상품명}, {@code 품명},
 * {@code 메뉴} …) and an amount ({@code 금액}, {@code 가격} …), with {@code 수량} and {@code 단가} when
 * present; rows that are themselves totals ({@code 합계}, {@code 소계}) are not items.
 */
final class GeneralReceipt {
  private static final Pattern LAST_AMOUNT =
      Pattern.compile("([+\\-−]?\\d{1,3}(?:[,.]\\d{3})+|[+\\-−]?\\d+)\\s*원?\\s*$");
  private static final Pattern PHONE = Pattern.compile("(?:tel|전화|☎)?\\s*(0\\d{1,2}[-) ]\\s*\\d{3,4}-\\d{4})",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern ITEM_HEADER =
      Pattern.compile("상품명|품명|품목|메뉴|상품|내역|항목|item|description", Pattern.CASE_INSENSITIVE);
  private static final Pattern QUANTITY_HEADER = Pattern.compile("수량|qty|quantity", Pattern.CASE_INSENSITIVE);
  private static final Pattern UNIT_PRICE_HEADER = Pattern.compile("단가|unit", Pattern.CASE_INSENSITIVE);
  private static final Pattern AMOUNT_HEADER =
      Pattern.compile("금액|가격|판매가|amount|price", Pattern.CASE_INSENSITIVE);
  private static final Pattern TOTAL_ROW = Pattern.compile("^(합계|총계|소계|총액|total|subtotal)", Pattern.CASE_INSENSITIVE);

  private GeneralReceipt() {}

  static Expense read(PageFact page) {
    List<String> lines = page.lines();
    String name = null;
    BusinessNumber bizNum = null;
    String printedBizNum = null;
    String phone = null;
    LocalDate date = null;
    LocalTime time = null;
    Money total = null;
    Money vat = null;
    Money supply = null;
    Money taxFree = null;
    for (String line : lines) {
      String squashed = line.replace(" ", "");
      if (name == null && !line.isBlank() && !squashed.matches(".*\\d{3,}.*")) {
        name = line.strip();
      }
      if (bizNum == null && squashed.contains("사업자")) {
        bizNum = BusinessNumber.parse(line);
        printedBizNum = bizNum == null ? line.replaceFirst(".*사업자\\S*", "").strip() : bizNum.value();
      }
      if (phone == null) {
        Matcher m = PHONE.matcher(line);
        if (m.find()) {
          phone = PhoneNumbers.normalize(m.group(1));
        }
      }
      if (date == null) {
        date = FieldValues.date(line);
        if (date != null && time == null) {
          time = FieldValues.time(line.substring(line.indexOf(String.valueOf(date.getYear())) + 4));
        }
      }
      if (total == null && (squashed.startsWith("합계") || squashed.startsWith("총액")
          || squashed.startsWith("결제금액") || squashed.startsWith("총합계") || squashed.startsWith("받을금액"))) {
        total = lastAmount(line);
      } else if (vat == null && (squashed.startsWith("부가세") || squashed.startsWith("부가가치세"))) {
        vat = lastAmount(line);
      } else if (supply == null && squashed.startsWith("공급가액")) {
        supply = lastAmount(line);
      } else if (taxFree == null && squashed.startsWith("면세")) {
        taxFree = lastAmount(line);
      }
    }
    Merchant merchant = new Merchant(name, null, bizNum, printedBizNum, null, phone);
    return new Expense(page.source(), merchant, date, time, null, items(page.tables()), supply, vat, taxFree,
        null, total, null);
  }

  /** The rows of the first table whose header names an item and an amount; empty when there is none. */
  static List<LineItem> items(List<TableGrid> tables) {
    for (TableGrid table : tables) {
      List<String> headers = table.headerNames();
      @Nullable String item = firstHeader(headers, ITEM_HEADER, null);
      @Nullable String unitPrice = firstHeader(headers, UNIT_PRICE_HEADER, null);
      @Nullable String amount = lastHeader(headers, AMOUNT_HEADER, unitPrice);
      if (item == null || amount == null) {
        continue;
      }
      @Nullable String quantity = firstHeader(headers, QUANTITY_HEADER, null);
      List<LineItem> items = new ArrayList<>();
      for (TableRecord row : table.records()) {
        String itemName = row.get(item).orElse("").replace('\n', ' ').strip();
        @Nullable BigDecimal price = row.number(amount).orElse(null);
        if ((itemName.isEmpty() && price == null) || TOTAL_ROW.matcher(itemName.replace(" ", "")).find()) {
          continue;
        }
        items.add(new LineItem(
            itemName.isEmpty() ? null : itemName,
            quantity == null ? null : row.number(quantity).orElse(null),
            unitPrice == null ? null : row.number(unitPrice).map(Money::krw).orElse(null),
            price == null ? null : Money.krw(price)));
      }
      return items;
    }
    return List.of();
  }

  private static @Nullable String firstHeader(List<String> headers, Pattern pattern, @Nullable String except) {
    for (String header : headers) {
      if (!header.equals(except) && pattern.matcher(header.replace(" ", "")).find()) {
        return header;
      }
    }
    return null;
  }

  private static @Nullable String lastHeader(List<String> headers, Pattern pattern, @Nullable String except) {
    for (int i = headers.size() - 1; i >= 0; i--) {
      String header = headers.get(i);
      if (!header.equals(except) && pattern.matcher(header.replace(" ", "")).find()) {
        return header;
      }
    }
    return null;
  }

  private static @Nullable Money lastAmount(String line) {
    Matcher m = LAST_AMOUNT.matcher(line.strip());
    if (!m.find()) {
      return null;
    }
    BigDecimal amount = FieldValues.amount(m.group(1));
    return amount == null ? null : Money.krw(amount);
  }
}
