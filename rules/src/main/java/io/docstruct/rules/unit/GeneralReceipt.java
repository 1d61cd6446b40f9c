package io.docstruct.rules.unit;

import io.docstruct.rules.entity.BusinessNumber;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.Merchant;
import io.docstruct.rules.entity.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the few fields a receipt printed on any General OCR page reliably shows, by the Korean key words
 * before them. Only a line's last amount counts ({@code 합계 5,050}), so quantities before it are skipped.
 */
final class GeneralReceipt {
  private static final Pattern LAST_AMOUNT =
      Pattern.compile("([+\\-−]?\\d{1,3}(?:[,.]\\d{3})+|[+\\-−]?\\d+)\\s*원?\\s*$");
  private static final Pattern PHONE = Pattern.compile("(?:tel|전화|☎)?\\s*(0\\d{1,2}[-) ]\\s*\\d{3,4}-\\d{4})",
      Pattern.CASE_INSENSITIVE);

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
    return new Expense(page.source(), merchant, date, time, null, List.of(), supply, vat, taxFree, null,
        total, null);
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
