package io.docstruct.rules.entity;

import io.docstruct.receipt.PaymentMethod;
import io.docstruct.verify.number.CardBrand;
import org.jspecify.annotations.Nullable;

/**
 * How an expense was paid. The card number is masked: as printed when the receipt masked it, else with all
 * but the first and last four digits replaced by {@code *}.
 *
 * <pre>{@code
 * Payment p = expense.payment();   // 신한, 4221**8666, VISA, approval 28672931
 * }</pre>
 *
 * @param cardCompany card company (카드사) as printed, spaces removed ({@code 신한})
 * @param maskedCardNumber the card number, masked
 * @param cardBrand the brand from the visible prefix, as verification tells it ({@link CardBrand})
 * @param approvalNumber approval number (승인번호, or a cash receipt's 현금승인번호)
 * @param method card or cash when the receipt says so ({@code null} when it does not, as on most Document OCR
 *     answers, which give card details only)
 */
public record Payment(
    @Nullable String cardCompany,
    @Nullable String maskedCardNumber,
    CardBrand cardBrand,
    @Nullable String approvalNumber,
    @Nullable PaymentMethod method) {

  /** A payment whose method the receipt does not state. */
  public Payment(
      @Nullable String cardCompany, @Nullable String maskedCardNumber, CardBrand cardBrand,
      @Nullable String approvalNumber) {
    this(cardCompany, maskedCardNumber, cardBrand, approvalNumber, null);
  }
}
