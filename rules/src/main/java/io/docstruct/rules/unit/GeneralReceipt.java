package io.docstruct.rules.unit;

import io.docstruct.document.ResponseKind;
import io.docstruct.receipt.Evidenced;
import io.docstruct.receipt.PaymentMethod;
import io.docstruct.receipt.ReceiptItem;
import io.docstruct.receipt.ReceiptReading;
import io.docstruct.rules.entity.BusinessNumber;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.FieldEvidence;
import io.docstruct.rules.entity.LineItem;
import io.docstruct.rules.entity.Merchant;
import io.docstruct.rules.entity.Money;
import io.docstruct.rules.entity.Payment;
import io.docstruct.rules.entity.Source;
import io.docstruct.table.TableGrid;
import io.docstruct.table.TableRecord;
import io.docstruct.verify.Severity;
import io.docstruct.verify.number.CardBrand;
import io.docstruct.verify.number.CardNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Makes an {@link Expense} of what the {@link io.docstruct.receipt.ReceiptReader} read from a page of words
 * ({@link PageFact#receiptReading()}): every field with its {@link FieldEvidence}. Line items come from a table
 * the provider detected whose header names an item ({@code 상품명}, {@code 품명}, {@code 메뉴} …) and an amount
 * ({@code 금액}, {@code 가격} …), with {@code 수량} and {@code 단가} when present (rows that are themselves totals,
 * {@code 합계}, {@code 소계}, are not items); without such a table, from the lines the reader read.
 */
final class GeneralReceipt {
  private static final Set<String> READ_FROM_WORDS = Set.of(
      ResponseKind.CLOVA_GENERAL_V2.label(), ResponseKind.CLOVA_GENERAL_V1.label(), ResponseKind.NHN_GENERAL.label(),
      ResponseKind.NHN_GENERAL_CROPPING.label());

  private static final Pattern ITEM_HEADER =
      Pattern.compile("상품명|품명|품목|메뉴|상품|내역|항목|item|description", Pattern.CASE_INSENSITIVE);
  private static final Pattern QUANTITY_HEADER = Pattern.compile("수량|qty|quantity", Pattern.CASE_INSENSITIVE);
  private static final Pattern UNIT_PRICE_HEADER = Pattern.compile("단가|unit", Pattern.CASE_INSENSITIVE);
  private static final Pattern AMOUNT_HEADER =
      Pattern.compile("금액|가격|판매가|amount|price", Pattern.CASE_INSENSITIVE);
  private static final Pattern TOTAL_ROW = Pattern.compile("^(합계|총계|소계|총액|total|subtotal)", Pattern.CASE_INSENSITIVE);

  private GeneralReceipt() {}

  /** Whether an expense of this source kind was read from words rather than from Document OCR values. */
  static boolean readFromWords(Source source) {
    return READ_FROM_WORDS.contains(source.kind());
  }

  static Expense read(PageFact page) {
    ReceiptReading r = Objects.requireNonNull(page.receiptReading(), "not a page of words");
    Currency currency = r.currency();
    List<FieldEvidence> evidence = new ArrayList<>();
    String name = text(r.merchant(), "expense.merchant.name", evidence);
    String printedBizNum = text(r.businessNumber(), "expense.merchant.businessNumber", evidence);
    String address = text(r.address(), "expense.merchant.address", evidence);
    String phone = null;
    if (r.phone() != null) {
      phone = PhoneNumbers.normalize(r.phone().value());
      evidence.add(new FieldEvidence("expense.merchant.phone", phone, r.phone().evidence()));
    }
    LocalDate date = value(r.date(), "expense.date", evidence);
    LocalTime time = value(r.time(), "expense.time", evidence);
    List<LineItem> items = new ArrayList<>(items(page.tables()));
    if (items.isEmpty()) {
      for (ReceiptItem item : r.items()) {
        LineItem line = new LineItem(item.name(), item.quantity(), money(item.unitPrice(), currency),
            money(item.amount(), currency), item.taxFree());
        evidence.add(new FieldEvidence("expense.items[" + items.size() + "]", describe(line), item.evidence()));
        items.add(line);
      }
    }
    Money subtotal = amount(r.subtotal(), currency, "expense.subtotal", evidence);
    Money supply = amount(r.supplyAmount(), currency, "expense.supplyAmount", evidence);
    Money vat = amount(r.vat(), currency, "expense.vat", evidence);
    Money taxFree = amount(r.taxFree(), currency, "expense.taxFreeAmount", evidence);
    Money discount = amount(r.discount(), currency, "expense.discount", evidence);
    Money total = amount(r.total(), currency, "expense.total", evidence);
    Payment payment = null;
    if (r.paymentMethod() != null || r.cardCompany() != null || r.cardNumber() != null
        || r.approvalNumber() != null) {
      PaymentMethod method = value(r.paymentMethod(), "expense.payment.method", evidence);
      String company = text(r.cardCompany(), "expense.payment.cardCompany", evidence);
      String card = text(r.cardNumber(), "expense.payment.maskedCardNumber", evidence);
      String approval = text(r.approvalNumber(), "expense.payment.approvalNumber", evidence);
      payment = new Payment(company, card, card == null ? CardBrand.UNKNOWN : CardNumber.check(card).brand(),
          approval, method);
    }
    Merchant merchant = new Merchant(name, null, BusinessNumber.parse(printedBizNum), printedBizNum, address, phone);
    return new Expense(page.source(), merchant, date, time, payment, items, subtotal, supply, vat, taxFree,
        discount, total, null, evidence);
  }

  /**
   * Raises what a receipt read from words lacks, saying what was looked for: no total as {@code Receipt without
   * a total} (a warning, as for every receipt), no merchant, date or items as notes.
   */
  static void reportMissing(PageFact page, RuleOutput results) {
    ReceiptReading r = page.receiptReading();
    if (r == null) {
      return;
    }
    for (String missing : r.missing()) {
      int colon = missing.indexOf(':');
      String what = colon < 0 ? "" : missing.substring(0, colon);
      String why = colon < 0 ? missing : missing.substring(colon + 1).strip();
      switch (what) {
        case "total" -> results.violation(ExpenseChecks.NO_TOTAL_RULE, Severity.WARNING, "expense.total",
            "no total was read from the receipt: " + why);
        case "merchant" -> results.violation(Severity.INFO, "expense.merchant.name", "no merchant was read: " + why);
        case "date" -> results.violation(Severity.INFO, "expense.date", "no date was read: " + why);
        case "items" -> results.violation(Severity.INFO, "expense.items", why);
        default -> results.violation(Severity.INFO, null, missing);
      }
    }
  }

  private static @Nullable String text(@Nullable Evidenced<String> value, String field, List<FieldEvidence> out) {
    if (value == null) {
      return null;
    }
    out.add(new FieldEvidence(field, value.value(), value.evidence()));
    return value.value();
  }

  private static <T> @Nullable T value(@Nullable Evidenced<T> value, String field, List<FieldEvidence> out) {
    if (value == null) {
      return null;
    }
    out.add(new FieldEvidence(field, value.value().toString(), value.evidence()));
    return value.value();
  }

  private static @Nullable Money amount(@Nullable Evidenced<BigDecimal> value, Currency currency, String field,
      List<FieldEvidence> out) {
    if (value == null) {
      return null;
    }
    out.add(new FieldEvidence(field, value.value().toPlainString(), value.evidence()));
    return new Money(value.value(), currency);
  }

  private static @Nullable Money money(@Nullable BigDecimal value, Currency currency) {
    return value == null ? null : new Money(value, currency);
  }

  /** {@code 공주알밤술 750ml: 2 × 1300 = 2600}, {@code 칼국수: qty 2 = 22000}, {@code 할인: -500}. */
  private static String describe(LineItem item) {
    StringBuilder sb = new StringBuilder(item.name() == null ? "" : item.name());
    sb.append(':');
    if (item.quantity() != null && item.unitPrice() != null) {
      sb.append(' ').append(item.quantity().toPlainString()).append(" × ")
          .append(item.unitPrice().amount().toPlainString());
    } else if (item.quantity() != null) {
      sb.append(" qty ").append(item.quantity().toPlainString());
    } else if (item.unitPrice() != null) {
      sb.append(" @ ").append(item.unitPrice().amount().toPlainString());
    }
    if (item.amount() != null) {
      sb.append(item.quantity() != null || item.unitPrice() != null ? " = " : " ")
          .append(item.amount().amount().toPlainString());
    }
    return sb.toString();
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
}
