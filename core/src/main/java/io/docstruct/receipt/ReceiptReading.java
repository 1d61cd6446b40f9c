package io.docstruct.receipt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ReceiptReader} read from one page: each field with its {@link Evidence}, or {@code null} when the
 * page does not show it, and why the page is not a receipt when it is not one.
 *
 * <pre>{@code
 * ReceiptReading r = reader.read(structuredPage);
 * if (!r.receipt()) System.out.println("not a receipt: " + r.notAReceipt());
 * else if (r.total() == null) System.out.println(r.missing());
 * }</pre>
 *
 * @param page the 0-based page index
 * @param language the language the page was read in (the table's code, {@code ko}, {@code en})
 * @param currency the currency of the amounts, from the language's formats
 * @param notAReceipt why the page is not a receipt ({@code "no amounts or dates found"}), or {@code null} when
 *     it is one
 * @param merchant the store's name
 * @param businessNumber the business registration number as printed (it may be masked or malformed)
 * @param address the store's address, its lines joined by one space
 * @param phone the store's telephone number as printed
 * @param date the transaction date
 * @param time the transaction time
 * @param items the line items in printed order
 * @param subtotal a subtotal before tax, discounts or rounding
 * @param supplyAmount the taxable supply amount (공급가액)
 * @param vat VAT or GST
 * @param taxFree the tax-free amount (면세)
 * @param discount the discounts printed apart from the items (negative)
 * @param total the total to pay
 * @param paymentMethod card or cash, when the labels say
 * @param cardCompany the card company as printed, spaces removed
 * @param cardNumber the card number, masked ({@link io.docstruct.privacy.Masking#card})
 * @param approvalNumber the card or cash-receipt approval number
 * @param missing for each key field not found (total, date, merchant), what was looked for, e.g. {@code
 *     "total: no amount after a total label (합계, TOTAL …) and none equal to the items' sum"}
 */
public record ReceiptReading(
    int page,
    String language,
    Currency currency,
    @Nullable String notAReceipt,
    @Nullable Evidenced<String> merchant,
    @Nullable Evidenced<String> businessNumber,
    @Nullable Evidenced<String> address,
    @Nullable Evidenced<String> phone,
    @Nullable Evidenced<LocalDate> date,
    @Nullable Evidenced<LocalTime> time,
    List<ReceiptItem> items,
    @Nullable Evidenced<BigDecimal> subtotal,
    @Nullable Evidenced<BigDecimal> supplyAmount,
    @Nullable Evidenced<BigDecimal> vat,
    @Nullable Evidenced<BigDecimal> taxFree,
    @Nullable Evidenced<BigDecimal> discount,
    @Nullable Evidenced<BigDecimal> total,
    @Nullable Evidenced<PaymentMethod> paymentMethod,
    @Nullable Evidenced<String> cardCompany,
    @Nullable Evidenced<String> cardNumber,
    @Nullable Evidenced<String> approvalNumber,
    List<String> missing) {

  public ReceiptReading {
    items = List.copyOf(items);
    missing = List.copyOf(missing);
  }

  /** Whether the page reads as a receipt ({@link #notAReceipt()} is {@code null}). */
  public boolean receipt() {
    return notAReceipt == null;
  }

  /** A page that is not a receipt, for this reason. */
  static ReceiptReading notAReceipt(int page, String language, Currency currency, String reason) {
    return new ReceiptReading(page, language, currency, reason, null, null, null, null, null, null, List.of(),
        null, null, null, null, null, null, null, null, null, null, List.of());
  }
}
